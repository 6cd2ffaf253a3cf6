<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>action_plan</name>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>Type a date such as 1 Mar 2026; Up and Down change it by a day, Alt+Down opens a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>Calendar (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>— (e.g. 1 Mar 2026)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>e.g. 1 Mar 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: type a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>A&amp;ctions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Plan chec&amp;ks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Who committed to what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Find actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>{count} actions under {objectives} objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>budget {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Select the action that answers this SWOT item and tick it on the action's Answers tab, or add an action for it (Insert).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Mark the actions that address constraints women face (General tab), or add one that does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>No actions yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>1 action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>{value} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>{count} actions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>attendance_panel</name>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Tick everyone who attended. Space ticks the highlighted person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Nobody is recorded as attending yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>{total} attended: {women} women, {men} men, {unrecorded} not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>{by_sex}
By stakeholder type: {by_type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>No organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>audience_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/audience_window.py" />
            <source>Cluster Planner — audience view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>budget_summary</name>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>No source yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>O{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Source of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Share of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Who pays, and how sure it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget by objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Sums of the actions' cost-share lines; dropped actions are left out. Pledged: promised; secured: confirmed; spent: already paid out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan budget: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>{code}  {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>card_details</name>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Select a card to see its evidence, themes and merged duplicates. Type new cards in the line at the top of each quadrant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Figures, studies or testimonies behind the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Who or what said so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Another theme: type it, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Dropped: kept in the plan, off the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>&amp;Unmerge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Put the selected duplicate back on the board as its own card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>No duplicates merged into this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>{letter} · {quadrant} card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card ({count})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cluster_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>P&amp;eople</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Unnamed cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Describe the cluster on the Profile tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>planning {start}–{end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>commitments</name>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>no dates yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Has not committed to any action yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>{start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>In this plan it {commitments}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Who committed to what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>All organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>{name} ({acronym})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>leads 1 action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>No organisation has committed to an action yet: commitments appear here as actions get a lead organisation, partners and cost-share lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>brings {amount} in cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>brings {amount} in kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>gives {days} of staff time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>pays {amount} of the budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>leads {count} actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Actions it leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>What it contributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>What it pays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>countdown</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diagnostic_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Diagnostic: SWOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Import SWOT…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Paste Lines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Merge Duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Delete Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Edit Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Drop / &amp;Restore Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Reveal Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move &amp;to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show &amp;dropped cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dim the cards that do not carry this theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>T&amp;heme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>All themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Import SWOT items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Type a card and press Enter; the line stays ready for the next one.
Alt+1…4 jumps to S, W, O, T; Down goes to the cards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>F2 edits the card · Delete deletes it · Ctrl+Up/Down reorders · Ctrl+Alt+1…4 moves it to S, W, O, T · Ctrl+M merges the selected cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Hide &amp;Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merge duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Which card stays on the board? The others are merged into it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{count} cards on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted “{card}”. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted {count} cards. Ctrl+Z brings back one at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Moved {count} card(s) to {quadrant}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merged {count} card(s) into “{card}”. Ctrl+Z separates them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{letter} · {quadrant}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Go to {quadrant}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{count} merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{count} dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dropped “{card}”: it is hidden; tick Show dropped cards to see it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>error_messages</name>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be found in {folder}. It may have been moved, renamed or deleted. Nothing was changed. Open it from its new place, or choose another plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is not a database file. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>This plan is open read-only, so nothing was changed. Close it and open it again for editing to make changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That step could not be undone or redone because the plan no longer matches it. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That entry no longer exists, so nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>an unknown time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>It is probably open in another Cluster Planner window on this computer. Nothing was changed. Open it read-only, or close it in the other window first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Nothing was changed. Open it read-only, or, if you are sure nobody is working on it any more, open it anyway and take over editing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is a database of another program. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be written ({detail}). Nothing was changed. Choose a folder where you may save files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>The change was refused ({detail}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is being edited by {user} on {host} since {since}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by a newer version of Cluster Planner, which this version cannot read. Nothing was changed. Update Cluster Planner to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” already exists, so it was not replaced. Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That link was not made: the actions would wait on each other in a loop ({loop}). Remove one of the links in that loop first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{name}” was kept: it leads, takes part in or pays for {actions}. Give those actions another lead or remove it from them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{title}” was not dropped: it is part of adopted revision {number}, so say why first (its Drop reason on the Action plan page, or the Note of a progress report).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>{field} was not changed: it {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by an older version of Cluster Planner and must be upgraded before it can be shown, which opening read-only does not allow. Nothing was changed. Open it for editing: a backup copy is kept before the upgrade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is damaged: its database failed the integrity check. Nothing was changed. Open a backup copy of the plan instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be upgraded to this version of Cluster Planner. The file was put back exactly as it was. Keep using the previous version for this plan, and report the problem with a copy of the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened for editing ({detail}). Nothing was changed. Check that you may read and write it, or copy it to your own folder and open the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened ({detail}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>formats</name>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>{count} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>indicator_progress</name>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Delete Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Record Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>New value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Measured on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Where the figure comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No indicators yet: add them to objectives and actions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No values recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>not measured yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;New Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a &amp;Copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Close Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Clear Recent Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Show &amp;Workshop Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;About Cluster Planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Unnamed cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file} (read-only)[*] — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file}[*] — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open a Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>About Cluster Planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} revision {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Cluster Planner {version}

Vision building and action planning for industrial cluster development initiatives: from the diagnostic to a shared vision, an action plan and a roadmap for the Cluster Commission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open for Editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A past revision: {number} “{title}”, adopted on {date}{meeting}. You can look at everything; nothing can be changed. The plan itself is “{file}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} of {plan} (read-only) — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New cluster plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan was not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The copy was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A copy was saved as “{copy}”. You are still working on “{file}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>No recent plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was upgraded to this version of Cluster Planner. The original is kept as “{backup}” in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Opened “{file}”. Every change is saved as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} could not be opened ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan could not be created in {folder} ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{name} copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source> at {meeting}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>message_bar</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>options_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Quick wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Major projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Fill-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Thankless tasks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, low effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, high effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, low effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, high effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact and effort chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Effort  (1 low → 5 high)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact  (1 low → 5 high)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Rate the selected option (1 = low, 5 = high):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>I&amp;mpact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>E&amp;ffort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Every option is rated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Not rated yet: {codes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Not rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>What the cluster will do, e.g. “Joint bulk purchase of yarn”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Close without saving (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Items used — tick at least one internal (S/W) and one external (O/T) item:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Write the option's statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>An option uses at least one internal (S/W) and one external (O/T) item: tick one of each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(no longer on the board)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>1 = low, 5 = high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Ready to save: Ctrl+Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Show {quadrant} too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>New {kind} option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Change {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>({count} dots)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Impact {impact} · Effort {effort}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Strategic options (TOWS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Top items per quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>TOWS &amp;matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Impact and effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Add option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Change option…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Delete option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>1 option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>No voting round revealed yet: the matrix lists every item on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>{count} options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Top items from “{title}”, revealed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>+ Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>&lt;b&gt;TOWS&lt;/b&gt;&lt;br&gt;Pair the internal items on the left with the external items above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item in this quadrant received votes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item on the board yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>Add a {kind} option (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No {kind} option yet. Press Insert here, or Add, to write one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{code}: {statement}
Rank {rank} of all items, {count} dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{count} dots</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plan_checks</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster Commission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Meetings without attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objectives without actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions without a lead organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Action dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cost lines without a source of funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions scheduled before what they wait for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Women in the cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Top SWOT priorities no action answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Other findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The cluster has no name yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nobody is recorded as a member of the Cluster Commission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The Cluster Commission has no chair.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No woman sits on the Cluster Commission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action is marked as addressing the constraints women face in the cluster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nothing to fix: the plan is ready to be endorsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>1 thing to fix before the plan is endorsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{title} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{count} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} is about to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action builds on “{item}”, one of the top {count} strengths.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action answers “{item}”, one of the top {count} weaknesses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action seizes “{item}”, one of the top {count} opportunities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action counters “{item}”, one of the top {count} threats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{count} things to fix before the plan is endorsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Double-click an entry, or select it and press Enter, to fix it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{count} day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{code} “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no dates yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has a cost line that does not say who pays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has {count} cost lines that do not say who pays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{text}
To fix: {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no lead organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The meeting “{title}” has no attendance recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The link adds a lag of {days}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objective O{number} “{title}” has no action yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plan_view</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>This plan is open read-only: you can look at everything, but not change it. To edit, close it and open it again when nobody else is editing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>The {step} step is not built yet. {purpose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Diagnostic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will capture the SWOT of the cluster quickly while people talk, with themes and evidence, and record dot-voting tallies by stakeholder type and sex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will pair strengths and weaknesses with opportunities and threats into strategic options, each linked to the SWOT items it answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will gather vision elements from the top options, compare draft statements and record the one the Commission adopts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will hold the strategic objectives and their joint actions, each with a lead organisation, partners, dates, budget and indicators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will show the action plan on a Gantt chart, to reschedule by dragging and to see slippage against the last endorsed revision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will record progress, indicator actuals and review meetings, each ending with a new revision of the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will write the roadmap for the Cluster Commission as Word and PDF documents.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>presentation</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked: Ctrl+Shift+L unlocks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Ctrl+Shift+L locks or unlocks the structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Unlocked · Ctrl+Shift+L locks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show the current step full screen for the hall (F5 or Escape leaves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Lock the Structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Start or Pause the &amp;Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Reset the Timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute &amp;Longer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute &amp;Shorter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>L&amp;arger Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>S&amp;maller Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show or Hide the &amp;Voting Panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;High Contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Lock the Structure When Presenting &amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presentat&amp;ion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presenting on “{screen}”. F5 or Escape ends the presentation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>profile_tab</name>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The three-letter ISO 4217 code, such as USD, EUR or ETB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The language of the roadmap documents, as a code such as en, es or fr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Cluster profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Baseline figures</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>prompter</name>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Cluster plans (*.clusterplan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Files are chosen outside the presentation: press F5 to leave it, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>registers</name>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No organisations yet. Add the firms and institutions of the cluster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No people yet. Add the representatives of the organisations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No meetings yet. Record each workshop and who attended it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No baseline figures yet. Add what the diagnostic measured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter organisations by name, town, type…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select an organisation to see and edit its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations: {count}, of which {women_led} women-led
{types}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All stakeholder types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>“{name}” has {count} people in the register: {names}. Deleting the organisation deletes them too, with their {attendances} meeting attendances. Edit ▸ Undo brings everything back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter people by name, organisation, role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a person to see and edit their details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People: {count} — {women} women, {men} men, {unrecorded} not recorded
{commission} sit on the Cluster Commission, {steering} on the Steering Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Cluster Commission members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Steering Committee members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Without an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter meetings by title, venue, facilitator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a meeting to see its details and record who attended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings: {count} — {attendances} attendances recorded, latest on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All meeting types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Baseline Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Baseline Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures: {count}, of {kinds} kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review_history</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Objectives and indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Actions added and dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Dates moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Leads and partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Status and progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Other changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No revision has been adopted yet. Adopt the plan at the end of a review meeting (Review meeting tab): it is then kept exactly as it was, to open, compare and restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Open Read-Only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore as the Current Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>the current plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Adopted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Endorsed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>revision {number} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>revision {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore revision {number}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>The plan becomes exactly what revision {number} froze: every change made since, progress reports included, is replaced. The revisions stay as they are, and Edit ▸ Undo takes the restore back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Nothing changed from revision {first} to {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Revision {number} was restored as the current plan on {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>1 change from revision {first} to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>{count} changes from revision {first} to {target}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review_meeting</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we do next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What help we need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Report progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Started on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Finished on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Tick a milestone when it is reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Record progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reported on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Actual dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt a revision of the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Endorsed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New review meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we said we would do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>At this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>◀ Previous action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Next action ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What happened (for a dropped action: why)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No milestones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No progress reported yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>As minuted, e.g. “Adopted unanimously”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Why the plan was revised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Revised action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>— none —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision has been adopted yet: the plan as it stands now becomes revision 1, the baseline its progress is measured against.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No actions to review yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision was adopted before this meeting: this is the plan as it stands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Cluster Commission: review meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{done} of {count} actions reviewed at this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt as revision {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt revision {number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New since the revision in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{start} to {end}, led by {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>This meeting already endorsed revision {number}. Pick the meeting that endorses this one above, or create it with New review meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{count} changes since revision {last} (see History).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>1 change since revision {last} (see History).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Nothing has changed since revision {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>The plan as it stands now is frozen whole as revision {number}. {since}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Budget {total}, spent so far {spent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Lead now {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{what} now {days} {direction} than adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>earlier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>review_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>What we said we would do, what we did, what we do next, what help we need; then the Commission adopts the revised plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review &amp;meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>&amp;Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>&amp;History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Revision {number} adopted: the plan is kept as it stands now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>roadmap_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cluster, plan title, revision and endorsing meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The parts of the document with their pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The adopted vision statement and its elements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>SWOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The prioritised SWOT as a 2×2 grid with ranks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The strategic options (TOWS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives with their indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Every action in a table, on landscape pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The Gantt chart, readable in black and white</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Who committed to what: a page per organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The budget by source of funds and by objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Indicators: baseline, target, actual, verification, responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Adopted revisions and what each changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Endorsement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Lines for the Commission to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The vision and action plan as documents for the Cluster Commission: a PDF to print and hand out, and a Word file the secretary can restyle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmaps are written in English for now; more languages come with translations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Choose &amp;Logo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A PNG or JPEG picture for the cover (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>No Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Update preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export &amp;Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>P&amp;rint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export Roadmap as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print Roadmap…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Current plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Laying out the roadmap…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap was sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section to see the roadmap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{count} pages on {paper} paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Wait for the preview, then print it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be laid out ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be written to {path} ({reason}). Nothing was written there; choose another folder or close the file if another program has it open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revision {number}: {title} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{name} is not a PNG or JPEG picture; the cover keeps no logo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>roadmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{path} cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>◀ Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Next page ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>The preview appears here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>swot_board</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a strength, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a weakness, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type an opportunity, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a threat, press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Read-only: cards cannot be added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>1 card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>{count} cards on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>{count} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>1 dot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>{count} dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>+{count} merged: “{text}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>swot_import</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>The file is not in UTF-8, so it was read as Windows-1252: check accented letters in the preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} cannot be imported ({code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>“{file}” cannot be imported: {detail}. Nothing was added to the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>S: Skilled knitters
W: No common brand
Fortaleza: …
or plain lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>nowhere: skip them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Rows that will be left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Check what will be added. The cards go to the end of their quadrants; one Undo takes the whole import back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Paste SWOT lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>One card per line. Start a line with its quadrant (S:, W:, O:, T:, or Fortaleza:, Menace: …), or choose where plain lines go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} has no statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row}: “{value}” is not a quadrant — use S, W, O, T or their names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Line {row} (“{text}”) has no quadrant: start it with S:, W:, O: or T:, or choose a quadrant for plain lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} names no quadrant — put S, W, O or T in its quadrant column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Lines without S:, W:, O: or T: go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import SWOT items from “{file}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import only the {count} valid rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>&amp;Import {count} cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Imported {count} cards. Undo takes them all back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>{good} cards will be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>{good} cards can be added; {bad} rows have problems.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Q{quarter} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Q{quarter}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>W{week}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>not yet done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{title}
{date}, {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>O{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{predecessor} → {successor}: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Broken: the successor is 1 day early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{status}, {progress} done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lead: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Adopted: {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lag: {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Broken: the successor is {days} days early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends {days} days later than adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends {days} days earlier than adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Quarters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Lead organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Go to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to pla&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the whole plan across the chart (Ctrl+0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Scroll to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Colour by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Move &amp;successors along</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>When a bar moves later, the actions that wait for it move later too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export &amp;PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export SV&amp;G…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>PNG pictures (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>SVG drawings (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Available once the plan has an adopted revision (Review step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline saved as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the dates of revision {number} under each bar, to see what slipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Adopted dates (revision {number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>{count} actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the chart in {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>from {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>{count} without dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>{plan} timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>The chart is too large for a picture ({width} × {height} pixels), so nothing was written. Export it as SVG, or collapse some objectives, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>The chart could not be saved as {path} ({reason}). Nothing was written there; choose another folder, or free some space, and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vision_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/vision_fields.py" />
            <source>O{number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enterprise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business association</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cooperative / producer group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>BDS provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank / financial service provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Public authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / research institution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>NGO / civil society</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor / international organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead firm / buyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>No seat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vice-chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secretary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Diagnostic workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Validation workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action planning workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, men</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Turnover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Weaknesses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Threats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SO: use strengths to seize opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>ST: use strengths to counter threats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WO: overcome weaknesses through opportunities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WT: reduce weaknesses and avoid threats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Consensus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Simple majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Two-thirds majority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizontal: among firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vertical: firms with institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pilot (quick win)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Short-term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delayed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <comment>action status</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Staff days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Association</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Government</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Markets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Production &amp; technology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Raw materials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Infrastructure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutions &amp; governance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social &amp; gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint marketing / common brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Trade fair / buyer-seller meet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Shared equipment / common facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / skills</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Study tour / twinning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Design / product development</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quality, testing, certification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Technology, energy, cleaner production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance / credit linkage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business services linkage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social protection / occupational safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institution building (network, consortium, association)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy dialogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>S</source>
            <comment>strength</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>W</source>
            <comment>weakness</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>O</source>
            <comment>opportunity</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>T</source>
            <comment>threat</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Main products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>As of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Acronym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Stakeholder type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Size class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women-led</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dots per voter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Voters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SWOT items used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Card to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cards to merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision elements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Market positioning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Economic target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Inclusion target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environmental or social commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Decision rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Abstentions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dissent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Means of verification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Responsible organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline taken from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Network type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Risks and assumptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Addresses women's constraints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Firms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Young people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Poor households</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Contribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Drop reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Measured on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Waits for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lag (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add baseline figure “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change baseline figure “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete baseline figure “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add organisation “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change organisation “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete organisation “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add person “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change person “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete person “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add meeting “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change meeting “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete meeting “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add SWOT item “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change SWOT item “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move SWOT item “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merge duplicates into “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Separate “{name}” again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete SWOT item “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rename theme “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Import {name} SWOT items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add voting round “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change voting round “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete voting round “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enter votes for “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add strategic option “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change strategic option “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete strategic option “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision element “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision element “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision element “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision draft “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision draft “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision draft “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt “{name}” as the vision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add objective “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change objective “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete objective “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add an indicator to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change indicator “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete indicator “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add action “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change action “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete action “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move action “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reschedule “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Renumber the actions of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a partner to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a partner of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove a partner from “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a milestone to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a milestone of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a milestone of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a cost line to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a cost line of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a cost line of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Link “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change the link to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove the link to “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Report progress on “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a progress report on “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a progress report on “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Record a value of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a value of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a value of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review notes on “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt revision “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Restore revision {name} as the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change {fields} of the cluster profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reveal the results of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Hide the results of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change attendance of “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>voting_panel</name>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{title} ({date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;New round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Open a new dot-voting round at the latest meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete this round and its tallies (Undo brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;Reveal results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show ranks on the board (Ctrl+R); press again to hide them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Top </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source> per quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide tallies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Collapse the entry tables while the screen is projected, until you reveal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Tallies are hidden from the audience.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Type a card's dots and press Enter: the next card is ready for its number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes by sex and stakeholder type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>R&amp;ound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Entered by group (see the breakdown below); typing a total replaces it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Any stakeholder type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>No voting round yet. Press New round to enter the dots of a vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>A voting round belongs to a meeting: record the meeting on the Cluster step (Meetings tab) first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide &amp;results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show tallies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Select a card above to enter its votes by group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{cast} dots entered; enter the number of voters to check the total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{cast} of {available} dots entered ({voters} voters × {dots} dots).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{extra} more dots were entered than {voters} voters could cast. Check the tallies or the number of voters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes for “{card}” by group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Round {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Deleted the round “{title}”. Undo brings it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>welcome_screen</name>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Cluster Planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Plan a cluster development initiative with its stakeholders: from the diagnostic and a shared vision to an action plan, a timeline and a roadmap for the Cluster Commission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;New Plan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>The demo is the garment cluster of Atuntaqui, Ecuador. Each time you open it you get a fresh copy to try things on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Recent plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Plans you open appear here, so you can come back to them in one click.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>{path} (not found)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
