<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>action_plan</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>{kind}, lag %n day(s)</source>
            <translation>
                <numerusform>{kind}, lag %n day</numerusform>
                <numerusform>{kind}, lag %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n action(s) under {objectives}</source>
            <translation>
                <numerusform>%n action under {objectives}</numerusform>
                <numerusform>%n actions under {objectives}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partner</numerusform>
                <numerusform>%n partners</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n cost line(s)</source>
            <translation>
                <numerusform>%n cost line</numerusform>
                <numerusform>%n cost lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>attendance_panel</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n attended: {women}, {men}, {unrecorded}</source>
            <translation>
                <numerusform>%n attended: {women}, {men}, {unrecorded}</numerusform>
                <numerusform>%n attended: {women}, {men}, {unrecorded}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n woman</numerusform>
                <numerusform>%n women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n man</numerusform>
                <numerusform>%n men</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n not recorded</numerusform>
                <numerusform>%n not recorded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>diagnostic_page</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n card on the board</numerusform>
                <numerusform>%n cards on the board</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n merged</source>
            <translation>
                <numerusform>%n merged</numerusform>
                <numerusform>%n merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dropped</source>
            <translation>
                <numerusform>%n dropped</numerusform>
                <numerusform>%n dropped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted %n card(s). {undo} brings back one at a time.</source>
            <translation>
                <numerusform>Deleted %n card. {undo} brings it back.</numerusform>
                <numerusform>Deleted %n cards. {undo} brings back one at a time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dot(s) of the voting</source>
            <translation>
                <numerusform>%n dot of the voting</numerusform>
                <numerusform>%n dots of the voting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n strategic option(s)</source>
            <translation>
                <numerusform>%n strategic option</numerusform>
                <numerusform>%n strategic options</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n vision element(s)</source>
            <translation>
                <numerusform>%n vision element</numerusform>
                <numerusform>%n vision elements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n action(s) answering it</source>
            <translation>
                <numerusform>%n action answering it</numerusform>
                <numerusform>%n actions answering it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Moved %n card(s) to {quadrant}.</source>
            <translation>
                <numerusform>Moved %n card to {quadrant}.</numerusform>
                <numerusform>Moved %n cards to {quadrant}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merged %n card(s) into “{card}”. {undo} separates them again.</source>
            <translation>
                <numerusform>Merged %n card into “{card}”. {undo} separates it again.</numerusform>
                <numerusform>Merged %n cards into “{card}”. {undo} separates them again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) connected</source>
            <translation>
                <numerusform>%n phone connected</numerusform>
                <numerusform>%n phones connected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have placed dots</source>
            <translation>
                <numerusform>%n phone has placed dots</numerusform>
                <numerusform>%n phones have placed dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have voted</source>
            <translation>
                <numerusform>%n phone has voted</numerusform>
                <numerusform>%n phones have voted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>options_page</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(%n dot(s))</source>
            <translation>
                <numerusform>(%n dot)</numerusform>
                <numerusform>(%n dots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>%n option(s)</source>
            <translation>
                <numerusform>%n option</numerusform>
                <numerusform>%n options</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{code}: {statement}
Rank {rank} of all items, %n dot(s)</source>
            <translation>
                <numerusform>{code}: {statement}
Rank {rank} of all items, %n dot</numerusform>
                <numerusform>{code}: {statement}
Rank {rank} of all items, %n dots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plan_checks</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The plan checks list %n thing(s) to fix (Action plan ▸ Plan checks); adopting now keeps them as they are.</source>
            <translation>
                <numerusform>The plan checks list %n thing to fix (Action plan ▸ Plan checks); adopting now keeps it as it is.</numerusform>
                <numerusform>The plan checks list %n things to fix (Action plan ▸ Plan checks); adopting now keeps them as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n thing(s) to fix before the plan is endorsed</source>
            <translation>
                <numerusform>%n thing to fix before the plan is endorsed</numerusform>
                <numerusform>%n things to fix before the plan is endorsed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action builds on “{item}”, one of the top %n strength(s).</source>
            <translation>
                <numerusform>No action builds on “{item}”, the top strength (%n).</numerusform>
                <numerusform>No action builds on “{item}”, one of the top %n strengths.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action answers “{item}”, one of the top %n weakness(es).</source>
            <translation>
                <numerusform>No action answers “{item}”, the top weakness (%n).</numerusform>
                <numerusform>No action answers “{item}”, one of the top %n weaknesses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action seizes “{item}”, one of the top %n opportunity(ies).</source>
            <translation>
                <numerusform>No action seizes “{item}”, the top opportunity (%n).</numerusform>
                <numerusform>No action seizes “{item}”, one of the top %n opportunities.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action counters “{item}”, one of the top %n threat(s).</source>
            <translation>
                <numerusform>No action counters “{item}”, the top threat (%n).</numerusform>
                <numerusform>No action counters “{item}”, one of the top %n threats.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has %n cost line(s) that do not say who pays.</source>
            <translation>
                <numerusform>{action} has %n cost line that does not say who pays.</numerusform>
                <numerusform>{action} has %n cost lines that do not say who pays.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>registers</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations: {count}, of which %n women-led
{types}</source>
            <translation>
                <numerusform>Organisations: {count}, of which %n women-led
{types}</numerusform>
                <numerusform>Organisations: {count}, of which %n women-led
{types}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>“{name}” has %n person(s) in the register: {names}. Deleting the organisation deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.</source>
            <translation>
                <numerusform>“{name}” has %n person in the register: {names}. Deleting the organisation deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.</numerusform>
                <numerusform>“{name}” has %n people in the register: {names}. Deleting the organisation deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n meeting attendance(s)</source>
            <translation>
                <numerusform>%n meeting attendance</numerusform>
                <numerusform>%n meeting attendances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n woman</numerusform>
                <numerusform>%n women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n man</numerusform>
                <numerusform>%n men</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n not recorded</numerusform>
                <numerusform>%n not recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n sit(s) on the Cluster Commission</source>
            <translation>
                <numerusform>%n sits on the Cluster Commission</numerusform>
                <numerusform>%n sit on the Cluster Commission</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings: {count} — %n attendance(s) recorded, latest on {date}</source>
            <translation>
                <numerusform>Meetings: {count} — %n attendance recorded, latest on {date}</numerusform>
                <numerusform>Meetings: {count} — %n attendances recorded, latest on {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures: {count}, of %n kind(s)</source>
            <translation>
                <numerusform>Baseline figures: {count}, of %n kind</numerusform>
                <numerusform>Baseline figures: {count}, of %n kinds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review_meeting</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{done} of %n action(s) reviewed at this meeting</source>
            <translation>
                <numerusform>{done} of %n action reviewed at this meeting</numerusform>
                <numerusform>{done} of %n actions reviewed at this meeting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>%n dropped action(s) listed but not counted</source>
            <translation>
                <numerusform>%n dropped action listed but not counted</numerusform>
                <numerusform>%n dropped actions listed but not counted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>roadmap_page</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n page(s) on {paper} paper.</source>
            <translation>
                <numerusform>%n page on {paper} paper.</numerusform>
                <numerusform>%n pages on {paper} paper.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n character(s) no bundled font has print as �: {characters}.</source>
            <translation>
                <numerusform>%n character no bundled font has prints as �: {characters}.</numerusform>
                <numerusform>%n characters no bundled font has print as �: {characters}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>swot_board</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n card on the board</numerusform>
                <numerusform>%n cards on the board</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>+%n merged: “{text}”</source>
            <translation>
                <numerusform>+%n merged: “{text}”</numerusform>
                <numerusform>+%n merged: “{text}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>%n card(s) merged into it</source>
            <translation>
                <numerusform>%n card merged into it</numerusform>
                <numerusform>%n cards merged into it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>rank {rank}, %n dot</numerusform>
                <numerusform>rank {rank}, %n dots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>swot_import</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) will be added.</source>
            <translation>
                <numerusform>%n card will be added.</numerusform>
                <numerusform>%n cards will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) already on the board will be skipped.</source>
            <translation>
                <numerusform>%n row already on the board will be skipped.</numerusform>
                <numerusform>%n rows already on the board will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Also import the %n row(s) already on the board</source>
            <translation>
                <numerusform>Also import the %n row already on the board</numerusform>
                <numerusform>Also import the %n rows already on the board</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Import only %n valid row</numerusform>
                <numerusform>Import only the %n valid rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>&amp;Import %n card(s)</source>
            <translation>
                <numerusform>&amp;Import %n card</numerusform>
                <numerusform>&amp;Import %n cards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Imported %n card(s). Undo takes them all back.</source>
            <translation>
                <numerusform>Imported %n card. Undo takes it back.</numerusform>
                <numerusform>Imported %n cards. Undo takes them all back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) can be added; {problems}</source>
            <translation>
                <numerusform>%n card can be added; {problems}</numerusform>
                <numerusform>%n cards can be added; {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) have problems.</source>
            <translation>
                <numerusform>%n row has problems.</numerusform>
                <numerusform>%n rows have problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lag: %n day(s)</source>
            <translation>
                <numerusform>Lag: %n day</numerusform>
                <numerusform>Lag: %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Broken: the successor is %n day(s) early</source>
            <translation>
                <numerusform>Broken: the successor is %n day early</numerusform>
                <numerusform>Broken: the successor is %n days early</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) later than adopted</source>
            <translation>
                <numerusform>Ends %n day later than adopted</numerusform>
                <numerusform>Ends %n days later than adopted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) earlier than adopted</source>
            <translation>
                <numerusform>Ends %n day earlier than adopted</numerusform>
                <numerusform>Ends %n days earlier than adopted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n without dates</source>
            <translation>
                <numerusform>%n without dates</numerusform>
                <numerusform>%n without dates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>vision_page</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n for</source>
            <translation>
                <numerusform>%n for</numerusform>
                <numerusform>%n for</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n against</source>
            <translation>
                <numerusform>%n against</numerusform>
                <numerusform>%n against</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n abstention(s)</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Tied: {titles} have %n vote(s) each.</source>
            <translation>
                <numerusform>Tied: {titles} have %n vote each.</numerusform>
                <numerusform>Tied: {titles} have %n votes each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>“{title}” leads with %n vote(s) against {other}.</source>
            <translation>
                <numerusform>“{title}” leads with %n against {other}.</numerusform>
                <numerusform>“{title}” leads with %n against {other}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n objective(s) with no action yet.</source>
            <translation>
                <numerusform>⚠ %n objective has no action yet.</numerusform>
                <numerusform>⚠ %n objectives have no action yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n top priority(ies) not answered by any objective yet.</source>
            <translation>
                <numerusform>⚠ %n top priority is not answered by any objective yet.</numerusform>
                <numerusform>⚠ %n of the top priorities are not answered by any objective yet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>{item} · rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>{item} · rank {rank}, %n dot</numerusform>
                <numerusform>{item} · rank {rank}, %n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objective</numerusform>
                <numerusform>%n objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>The objective and its %n action(s) were deleted, with their partners, milestones and budget lines. Edit ▸ Undo brings them all back.</source>
            <translation>
                <numerusform>The objective and %n action were deleted, with the action's partners, milestones and budget lines. Edit ▸ Undo brings them back.</numerusform>
                <numerusform>The objective and its %n actions were deleted, with their partners, milestones and budget lines. Edit ▸ Undo brings them all back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n not measurable yet</source>
            <translation>
                <numerusform>%n not measurable yet</numerusform>
                <numerusform>%n not measurable yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>voting_panel</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s) entered; enter the number of voters to check the total.</source>
            <translation>
                <numerusform>%n dot entered; enter the number of voters to check the total.</numerusform>
                <numerusform>%n dots entered; enter the number of voters to check the total.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{cast} of %n dot(s) entered ({voters} × {dots}).</source>
            <translation>
                <numerusform>{cast} of %n dot entered ({voters} × {dots}).</numerusform>
                <numerusform>{cast} of %n dots entered ({voters} × {dots}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n voter</numerusform>
                <numerusform>%n voters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n phone</numerusform>
                <numerusform>%n phones</numerusform>
            </translation>
        </message>
    </context>
</TS>
