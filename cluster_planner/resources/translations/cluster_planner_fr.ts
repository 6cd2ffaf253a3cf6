<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>about_dialog</name>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Vision building and action planning for industrial cluster development initiatives: from the diagnostic to a shared vision, an action plan and a roadmap for the Cluster Commission.</source>
            <translation>Élaboration de la vision et planification des actions pour les initiatives de développement de clusters industriels : du diagnostic à une vision partagée, un plan d’action et une feuille de route pour la Commission du cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Python {python}, Qt {qt} and PySide6 {pyside} (LGPL 3)</source>
            <translation>Python {python}, Qt {qt} et PySide6 {pyside} (LGPL 3)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>About Cluster Planner</source>
            <translation>À propos de Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Cluster Planner</source>
            <translation>Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Free software under the MIT licence: use it, copy it, change it and share it.</source>
            <translation>Logiciel libre sous licence MIT : vous pouvez l’utiliser, le copier, le modifier et le partager.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Open &amp;Settings Folder</source>
            <translation>Ouvrir le dossier des pa&amp;ramètres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Open &amp;Demo Folder</source>
            <translation>Ouvrir le dossier de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Licence:</source>
            <translation>Licence :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Fonts:</source>
            <translation>Polices :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Built with:</source>
            <translation>Réalisé avec :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Settings:</source>
            <translation>Paramètres :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Demo copies:</source>
            <translation>Copies de démonstration :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The licences are legal texts and are given in English.</source>
            <translation>Les licences sont des textes juridiques et sont données en anglais.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>&amp;Licences</source>
            <translation>&amp;Licences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The roadmaps are printed in {fonts}, under the SIL Open Font License 1.1, which lets them be embedded in the documents.</source>
            <translation>Les feuilles de route sont imprimées avec les polices {fonts}, sous licence SIL Open Font License 1.1, qui permet de les incorporer aux documents.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The ten newest copies are kept in {folder}.</source>
            <translation>Les dix copies les plus récentes sont conservées dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The licence file {file} is missing.</source>
            <translation>Le fichier de licence {file} est absent.</translation>
        </message>
    </context>
    <context>
        <name>action_plan</name>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a date.</source>
            <translation>{field} : valeur précédente conservée ; « {text} » n’est pas une date.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: type a number.</source>
            <translation>{field} : valeur précédente conservée ; saisissez un nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a number.</source>
            <translation>{field} : valeur précédente conservée ; « {text} » n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Pick one or type your own</source>
            <translation>Choisissez-en une ou saisissez la vôtre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>e.g. Joint stand at the national textile fair</source>
            <translation>p. ex. Stand commun au salon national du textile</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Desc&amp;ription</source>
            <translation>Descri&amp;ption</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Categor&amp;y</source>
            <translation>Catégo&amp;rie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Network type</source>
            <translation>T&amp;ype de réseau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Hori&amp;zon</source>
            <translation>Hori&amp;zon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Lead organisation</source>
            <translation>Organisation c&amp;heffe de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Stat&amp;us</source>
            <translation>&amp;Statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Pr&amp;ogress</source>
            <translation>Ava&amp;ncement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Why it is dropped (needed once a revision holds it)</source>
            <translation>Pourquoi elle est abandonnée (obligatoire dès qu’une révision la contient)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Drop reason</source>
            <translation>Motif d’abandon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Addresses wo&amp;men's constraints</source>
            <translation>Répond au&amp;x contraintes des femmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>It answers constraints women face in the cluster</source>
            <translation>Elle répond aux contraintes auxquelles les femmes font face dans le cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— none —</source>
            <translation>— aucune —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Planned beneficiaries; leave a count empty (a dash) when not known.</source>
            <translation>Bénéficiaires prévus ; laissez un nombre vide (un tiret) s’il n’est pas connu.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Fi&amp;rms</source>
            <translation>E&amp;ntreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>W&amp;omen</source>
            <translation>Femme&amp;s</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Young people</source>
            <translation>&amp;Jeunes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Poor ho&amp;useholds</source>
            <translation>Ménages &amp;pauvres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>What could stop it, and what it takes for granted</source>
            <translation>Ce qui pourrait l’empêcher, et ce qu’elle tient pour acquis</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Risks a&amp;nd assumptions</source>
            <translation>Risques et &amp;hypothèses</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Waited for by</source>
            <translation>Attendue par</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>New milestone</source>
            <translation>Nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>e.g. Stand booked</source>
            <translation>p. ex. Stand réservé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Date of the new milestone</source>
            <translation>Date du nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Add milestone</source>
            <translation>Ajouter le jalon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Remove milestone</source>
            <translation>Supprimer le jalon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Kind of link</source>
            <translation>Type de lien</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source> days lag</source>
            <translation> jours de décalage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Add link</source>
            <translation>Ajouter le lien</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Remove link</source>
            <translation>Supprimer le lien</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Strategic &amp;options it answers</source>
            <translation>O&amp;ptions stratégiques auxquelles elle répond</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>SWOT i&amp;tems it answers</source>
            <translation>Éléments FFOM auxquels elle &amp;répond</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Sta&amp;rt</source>
            <translation>Débu&amp;t</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>E&amp;nd</source>
            <translation>Fi&amp;n</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Milestones</source>
            <translation>Jalon&amp;s</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>New mi&amp;lestone</source>
            <translation>Nouveau &amp;jalon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Wai&amp;ts for</source>
            <translation>Dé&amp;pend de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Wait f&amp;or</source>
            <translation>Attend&amp;re</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>No action waits for this one.</source>
            <translation>Aucune action n’attend celle-ci.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Type the milestone's title and date, e.g. 15 Apr 2026.</source>
            <translation>Saisissez le titre et la date du jalon, p. ex. 15 avril 2026.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>There is no other action for this one to wait for.</source>
            <translation>Il n’y a aucune autre action dont celle-ci pourrait dépendre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>{kind}, lag %n day(s)</source>
            <translation>
                <numerusform>{kind}, décalage de %n jour</numerusform>
                <numerusform>{kind}, décalage de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Source not said</source>
            <translation>Source non précisée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>The lead organisation is set on the General tab.</source>
            <translation>L’organisation cheffe de file se définit dans l’onglet Général.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Amount or days</source>
            <translation>Montant ou jours</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it brings, e.g. stand design</source>
            <translation>Ce qu’elle apporte, p. ex. conception du stand</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Add partner</source>
            <translation>Ajouter le partenaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Re&amp;move partner</source>
            <translation>Re&amp;tirer le partenaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it pays for</source>
            <translation>Ce qu’elle finance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it pays for, e.g. rental</source>
            <translation>Ce qu’elle finance, p. ex. location</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Paid by</source>
            <translation>Payé par</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Add line</source>
            <translation>Ajouter la ligne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Re&amp;move line</source>
            <translation>&amp;Supprimer la ligne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— none named —</source>
            <translation>— aucune désignée —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— source not said —</source>
            <translation>— source non précisée —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Indicators of the action</source>
            <translation>Indicateurs de l’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;New indicator</source>
            <translation>&amp;Nouvel indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Change indica&amp;tor</source>
            <translation>Modifie&amp;r l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>De&amp;lete indicator</source>
            <translation>Su&amp;pprimer l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Measured by</source>
            <translation>Me&amp;suré par</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;General</source>
            <translation>&amp;Général</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Schedule</source>
            <translation>Ca&amp;lendrier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Partners</source>
            <translation>Partena&amp;ires</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Bu&amp;dget</source>
            <translation>Finance&amp;ment</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Beneficiaries &amp;&amp; risks</source>
            <translation>Bénéficiaires et risques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Indicators</source>
            <translation>Indicate&amp;urs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Answers</source>
            <translation>Rép&amp;onses</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Type the amount first.</source>
            <translation>Saisissez d’abord le montant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Organisations</source>
            <translation>Orga&amp;nisations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>New pa&amp;rtner</source>
            <translation>Nouveau pa&amp;rtenaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Every organisation of the register already takes part.</source>
            <translation>Toutes les organisations du registre participent déjà.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Cost-share &amp;lines</source>
            <translation>Lignes de cofinancemen&amp;t</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>New li&amp;ne</source>
            <translation>&amp;Nouvelle ligne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>No cost-share line yet.</source>
            <translation>Aucune ligne de cofinancement pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Change the indicator</source>
            <translation>Modifier l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>A new indicator for this action</source>
            <translation>Un nouvel indicateur pour cette action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>By source</source>
            <translation>Par source</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>By status</source>
            <translation>Par statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Select an action, or press {key} to add one.</source>
            <translation>Sélectionnez une action, ou appuyez sur {key} pour en ajouter une.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>“{text}” is not an amount: type a number such as 1500.</source>
            <translation>« {text} » n’est pas un montant : saisissez un nombre comme 1500.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Spent so far</source>
            <translation>Dépensé à ce jour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>{field} was not saved: “{text}” is not a number.</source>
            <translation>{field} : valeur non enregistrée ; « {text} » n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Paid out so far: {amount}</source>
            <translation>Décaissé à ce jour : {amount}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Action plan</source>
            <translation>Plan d’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>A&amp;ctions</source>
            <translation>A&amp;ctions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Plan chec&amp;ks</source>
            <translation>&amp;Vérifications du plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Who committed to what</source>
            <translation>&amp;Qui s’engage à quoi</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Find actions</source>
            <translation>Rechercher des actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n action(s) under {objectives}</source>
            <translation>
                <numerusform>%n action sous {objectives}</numerusform>
                <numerusform>%n actions sous {objectives}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>budget {amount}</source>
            <translation>budget {amount}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Mark the actions that address constraints women face (General tab), or add one that does.</source>
            <translation>Marquez les actions qui répondent aux contraintes des femmes (onglet Général), ou ajoutez-en une.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Select the action that answers this SWOT item and tick it on the action's Answers tab, or add an action for it ({key}).</source>
            <translation>Sélectionnez l’action qui répond à cet élément FFOM et cochez-le dans l’onglet Réponses de l’action, ou ajoutez une action qui y répond ({key}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Find actions…</source>
            <translation>Rechercher des actions…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Lead</source>
            <translation>Chef de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Show every action again</source>
            <translation>Réafficher toutes les actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Objectives and their actions</source>
            <translation>Objectifs et leurs actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>This plan has no strategic objectives yet. Objectives are set on the Vision page; their actions are planned here.</source>
            <translation>Ce plan n’a pas encore d’objectifs stratégiques. Les objectifs se définissent sur la page Vision ; leurs actions se planifient ici.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;New Action</source>
            <translation>&amp;Nouvelle action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;Delete Action</source>
            <translation>&amp;Supprimer l’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move Action &amp;Up</source>
            <translation>Déplacer l’action vers le &amp;haut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move Action Do&amp;wn</source>
            <translation>Déplacer l’action vers le &amp;bas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move to &amp;Previous Objective</source>
            <translation>Déplacer vers l’objectif &amp;précédent</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move to Ne&amp;xt Objective</source>
            <translation>Déplacer vers l’objectif s&amp;uivant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;Renumber Actions of the Objective</source>
            <translation>&amp;Renuméroter les actions de l’objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Number the objective's actions 1, 2, 3 … in their order, closing gaps</source>
            <translation>Numéroter les actions de l’objectif 1, 2, 3 … dans leur ordre, en comblant les trous</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n partenaire</numerusform>
                <numerusform>%n partenaires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n cost line(s)</source>
            <translation>
                <numerusform>%n ligne de coût</numerusform>
                <numerusform>%n lignes de coût</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n jalon</numerusform>
                <numerusform>%n jalons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>{code} “{title}” has {things}. Delete the action with all of them? Undo ({undo}) brings everything back.</source>
            <translation>{code} « {title} » comporte {things}. Supprimer l’action avec tout cela ? Annuler ({undo}) rétablit le tout.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any lead</source>
            <translation>Tout chef de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any partner</source>
            <translation>Tout partenaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any status</source>
            <translation>Tout statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any category</source>
            <translation>Toute catégorie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Every objective</source>
            <translation>Tous les objectifs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any horizon</source>
            <translation>Tout horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Delete action</source>
            <translation>Supprimer l’action</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>No actions yet</source>
            <translation>Aucune action pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>attendance_panel</name>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Tick everyone who attended. Space ticks the highlighted person.</source>
            <translation>Cochez toutes les personnes présentes. La barre d’espace coche la personne en surbrillance.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Nobody is recorded as attending yet.</source>
            <translation>Aucune présence enregistrée pour l’instant.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n attended: {women}, {men}, {unrecorded}</source>
            <translation>
                <numerusform>%n présent : {women}, {men}, {unrecorded}</numerusform>
                <numerusform>%n présents : {women}, {men}, {unrecorded}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n femme</numerusform>
                <numerusform>%n femmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n homme</numerusform>
                <numerusform>%n hommes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n non renseigné</numerusform>
                <numerusform>%n non renseignés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>{by_sex}
By stakeholder type: {by_type}</source>
            <translation>{by_sex}
Par type d’acteur : {by_type}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>No organisation</source>
            <translation>Sans organisation</translation>
        </message>
    </context>
    <context>
        <name>audience_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/audience_window.py" />
            <source>Cluster Planner — audience view</source>
            <translation>Cluster Planner — vue pour le public</translation>
        </message>
    </context>
    <context>
        <name>budget_summary</name>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>No source yet</source>
            <translation>Pas encore de source</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Source of funds</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Share of the plan</source>
            <translation>Part du plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Who pays, and how sure it is</source>
            <translation>Qui paie, et avec quelle certitude</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget by objective</source>
            <translation>Budget par objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Sums of the actions' cost-share lines; dropped actions are left out. Pledged: promised; secured: confirmed; spent: already paid out.</source>
            <translation>Sommes des lignes de cofinancement des actions ; les actions abandonnées sont exclues. Promis : annoncé ; acquis : confirmé ; dépensé : déjà décaissé.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan total</source>
            <translation>Total du plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan budget: {amount}</source>
            <translation>Budget du plan : {amount}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>{code}  {title}</source>
            <translation>{code}  {title}</translation>
        </message>
    </context>
    <context>
        <name>card_details</name>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Select a card to see its evidence, themes and merged duplicates. Type new cards in the line at the top of each quadrant.</source>
            <translation>Sélectionnez une carte pour voir ses preuves, ses thèmes et les doublons fusionnés. Saisissez les nouvelles cartes dans la ligne en haut de chaque quadrant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Figures, studies or testimonies behind the card</source>
            <translation>Chiffres, études ou témoignages à l’appui de la carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Who or what said so</source>
            <translation>Qui l’affirme, ou d’où cela vient</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Dropped: kept in the plan, off the board</source>
            <translation>Écartée : conservée dans le plan, retirée du tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card</source>
            <translation>Fusionnées dans cette carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>&amp;Unmerge</source>
            <translation>&amp;Séparer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Put the selected duplicate back on the board as its own card</source>
            <translation>Remettre le doublon sélectionné sur le tableau comme carte à part entière</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>No duplicates merged into this card</source>
            <translation>Aucun doublon fusionné dans cette carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Another theme: type it, press {key}</source>
            <translation>Autre thème : saisissez-le, appuyez sur {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>{letter} · {quadrant} card</source>
            <translation>{letter} · carte « {quadrant} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card ({count})</source>
            <translation>Fusionnées dans cette carte ({count})</translation>
        </message>
    </context>
    <context>
        <name>cluster_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Organisations</source>
            <translation>Orga&amp;nisations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Peop&amp;le</source>
            <translation>Per&amp;sonnes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Meetings</source>
            <translation>&amp;Réunions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Unnamed cluster</source>
            <translation>Cluster sans nom</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Describe the cluster on the Profile tab.</source>
            <translation>Décrivez le cluster dans l’onglet Profil.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>planning {start}–{end}</source>
            <translation>planification {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>commitments</name>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Commitments sheet</source>
            <translation>Fiche des engagements</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Who committed to what</source>
            <translation>Qui s’engage à quoi</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>All organisations</source>
            <translation>Toutes les organisations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>No organisation has committed to an action yet: commitments appear here as actions get a lead organisation, partners and cost-share lines.</source>
            <translation>Aucune organisation ne s’est encore engagée sur une action : les engagements apparaissent ici à mesure que les actions reçoivent une organisation cheffe de file, des partenaires et des lignes de cofinancement.</translation>
        </message>
    </context>
    <context>
        <name>countdown</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
    </context>
    <context>
        <name>date_field</name>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>“{text}” is not a date; type one such as 1 Mar 2026 or 2026-03-01.</source>
            <translation>« {text} » n’est pas une date ; saisissez-en une comme 1 mars 2026 ou 2026-03-01.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>— (e.g. 1 Mar 2026)</source>
            <translation>— (p. ex. 1 mars 2026)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>e.g. 1 Mar 2026</source>
            <translation>p. ex. 1 mars 2026</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Type a date such as 1 Mar 2026 or 2026-03-01; {up} and {down} change it by a day, {calendar} opens a calendar</source>
            <translation>Saisissez une date comme 1 mars 2026 ou 2026-03-01 ; {up} et {down} la changent d’un jour, {calendar} ouvre un calendrier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Calendar ({keys})</source>
            <translation>Calendrier ({keys})</translation>
        </message>
    </context>
    <context>
        <name>diagnostic_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Diagnostic: SWOT</source>
            <translation>Diagnostic : FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Card</source>
            <translation>&amp;Carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Vot&amp;ing</source>
            <translation>&amp;Vote</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Import SWOT…</source>
            <translation>&amp;Importer des éléments FFOM…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Paste Lines…</source>
            <translation>Co&amp;ller des lignes…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Merge Duplicates…</source>
            <translation>&amp;Fusionner les doublons…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merge…</source>
            <translation>Fusionner…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Delete Card</source>
            <translation>&amp;Supprimer la carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Edit Statement</source>
            <translation>&amp;Modifier l’énoncé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Drop / &amp;Restore Card</source>
            <translation>Écarter / &amp;Rétablir la carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card &amp;Up</source>
            <translation>Déplacer la carte vers le &amp;haut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card Do&amp;wn</source>
            <translation>Déplacer la carte vers le &amp;bas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Sort by Votes</source>
            <translation>&amp;Trier par votes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Side Pa&amp;nel</source>
            <translation>&amp;Panneau latéral</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Larger Cards</source>
            <translation>Cartes plus grandes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Smaller Cards</source>
            <translation>Cartes plus petites</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Cards at Usual Size</source>
            <translation>Cartes à la taille habituelle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Reveal Results</source>
            <translation>&amp;Dévoiler les résultats</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move &amp;to</source>
            <translation>Déplacer &amp;vers</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show &amp;dropped cards</source>
            <translation>Afficher &amp;les cartes écartées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dim the cards that do not carry this theme</source>
            <translation>Estomper les cartes qui ne portent pas ce thème</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n carte sur le tableau</numerusform>
                <numerusform>%n cartes sur le tableau</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>All themes</source>
            <translation>Tous les thèmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Import SWOT items</source>
            <translation>Importer des éléments FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Theme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>From &amp;Phones</source>
            <translation>De&amp;puis les téléphones</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n merged</source>
            <translation>
                <numerusform>%n fusionnée</numerusform>
                <numerusform>%n fusionnées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dropped</source>
            <translation>
                <numerusform>%n écartée</numerusform>
                <numerusform>%n écartées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” shown</source>
            <translation>résultats de « {round} » affichés</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” hidden</source>
            <translation>résultats de « {round} » masqués</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Hide &amp;Results</source>
            <translation>&amp;Masquer les résultats</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merge duplicates</source>
            <translation>Fusionner les doublons</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Which card stays on the board? The others are merged into it.</source>
            <translation>Quelle carte reste sur le tableau ? Les autres y sont fusionnées.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show each quadrant's most voted cards first ({keys}); the board keeps its own order</source>
            <translation>Affiche d’abord les cartes les plus votées de chaque quadrant ({keys}) ; le tableau garde son propre ordre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show or hide the card's details and the voting panel beside the board ({keys}); it opens by itself when a card is selected</source>
            <translation>Affiche ou masque le détail de la carte et le panneau de vote à côté du tableau ({keys}) ; il s’ouvre de lui-même quand une carte est choisie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Delete Card</source>
            <translation>Supprimer la carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted “{card}”. {undo} brings it back.</source>
            <translation>« {card} » supprimée. {undo} la rétablit.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted %n card(s). {undo} brings back one at a time.</source>
            <translation>
                <numerusform>%n carte supprimée. {undo} la rétablit.</numerusform>
                <numerusform>%n cartes supprimées. {undo} les rétablit une à une.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dot(s) of the voting</source>
            <translation>
                <numerusform>%n point du vote</numerusform>
                <numerusform>%n points du vote</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n strategic option(s)</source>
            <translation>
                <numerusform>%n option stratégique</numerusform>
                <numerusform>%n options stratégiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n vision element(s)</source>
            <translation>
                <numerusform>%n élément de la vision</numerusform>
                <numerusform>%n éléments de la vision</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n action(s) answering it</source>
            <translation>
                <numerusform>%n action qui y répond</numerusform>
                <numerusform>%n actions qui y répondent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Moved %n card(s) to {quadrant}.</source>
            <translation>
                <numerusform>%n carte déplacée vers {quadrant}.</numerusform>
                <numerusform>%n cartes déplacées vers {quadrant}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merged %n card(s) into “{card}”. {undo} separates them again.</source>
            <translation>
                <numerusform>%n carte fusionnée dans « {card} ». {undo} la sépare à nouveau.</numerusform>
                <numerusform>%n cartes fusionnées dans « {card} ». {undo} les sépare à nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{letter} · {quadrant}</source>
            <translation>{letter} · {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Go to {quadrant}</source>
            <translation>Aller à {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Type a card and press {enter}; the line stays ready for the next one.
{alt}…4 jumps to S, W, O, T; {down} goes to the cards.</source>
            <translation>Saisissez une carte et appuyez sur {enter} ; la ligne reste prête pour la suivante.
{alt}…4 passe à S, W, O, T ; {down} mène aux cartes.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{f2} edits the card · {delete} deletes it · {up}/{down} reorders · {move}…4 moves it to S, W, O, T · {merge} merges the selected cards</source>
            <translation>{f2} modifie la carte · {delete} la supprime · {up}/{down} change l’ordre · {move}…4 la déplace vers S, W, O, T · {merge} fusionne les cartes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>From &amp;Phones ({count})</source>
            <translation>De&amp;puis les téléphones ({count})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleting takes the votes and these links with it ({undo} brings them back). To take a card off the board but keep it, drop it ({drop}).</source>
            <translation>La supprimer emporte les votes et ces liens ({undo} les rétablit). Pour retirer une carte du tableau en la gardant, écartez-la ({drop}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dropped “{card}”: it is hidden; tick Show dropped cards to see it.</source>
            <translation>« {card} » écartée : elle est masquée ; cochez Afficher les cartes écartées pour la voir.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>“{card}” has {uses}.</source>
            <translation>« {card} » a {uses}.</translation>
        </message>
    </context>
    <context>
        <name>error_messages</name>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is damaged: part of what it holds cannot be read. Nothing was changed.</source>
            <translation>« {file} » est endommagé : une partie de son contenu ne peut pas être lue. Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be found in {folder}. It may have been moved, renamed or deleted. Nothing was changed. Open it from its new place, or choose another plan.</source>
            <translation>« {file} » est introuvable dans {folder}. Il a peut-être été déplacé, renommé ou supprimé. Rien n’a été modifié. Ouvrez-le depuis son nouvel emplacement, ou choisissez un autre plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is not a database file. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation>« {file} » n’est pas un plan Cluster Planner : ce n’est pas un fichier de base de données. Rien n’a été modifié. Ouvrez plutôt un fichier .clusterplan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Otherwise, open a backup copy of the plan.</source>
            <translation>Sinon, ouvrez une copie de sauvegarde du plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is a folder, not a plan. Nothing was changed. Open the .clusterplan file inside it instead.</source>
            <translation>« {file} » est un dossier, pas un plan. Rien n’a été modifié. Ouvrez plutôt le fichier .clusterplan qu’il contient.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>You may not read “{file}”: its permissions keep it private to its owner. Nothing was changed. Ask the owner for a copy, or to let you read it.</source>
            <translation>Vous n’avez pas le droit de lire « {file} » : ses droits le réservent à son propriétaire. Rien n’a été modifié. Demandez-lui une copie, ou l’autorisation de le lire.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is write-protected, so it cannot be opened for editing. Nothing was changed. Open it read-only, or copy it to your own folder and open the copy.</source>
            <translation>« {file} » est protégé en écriture : il ne peut donc pas être ouvert en modification. Rien n’a été modifié. Ouvrez-le en lecture seule, ou copiez-le dans votre propre dossier et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>This plan is open read-only, so nothing was changed. Close it and open it again for editing to make changes.</source>
            <translation>Ce plan est ouvert en lecture seule : rien n’a donc été modifié. Fermez-le et rouvrez-le en modification pour apporter des changements.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That step could not be undone or redone because the plan no longer matches it. Nothing was changed.</source>
            <translation>Cette étape n’a pas pu être annulée ou rétablie, car le plan ne lui correspond plus. Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That entry no longer exists, so nothing was changed.</source>
            <translation>Cette entrée n’existe plus : rien n’a donc été modifié.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>It is probably open in another Cluster Planner window on this computer. Nothing was changed. Open it read-only, or close it in the other window first.</source>
            <translation>Il est probablement ouvert dans une autre fenêtre de Cluster Planner sur cet ordinateur. Rien n’a été modifié. Ouvrez-le en lecture seule, ou fermez-le d’abord dans l’autre fenêtre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Nothing was changed. Open it read-only, or, if you are sure nobody is working on it any more, open it anyway and take over editing.</source>
            <translation>Rien n’a été modifié. Ouvrez-le en lecture seule ou, si vous êtes sûr que plus personne n’y travaille, ouvrez-le quand même et reprenez la main sur sa modification.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is a database of another program. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation>« {file} » n’est pas un plan Cluster Planner : c’est la base de données d’un autre programme. Rien n’a été modifié. Ouvrez plutôt un fichier .clusterplan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>A lock file lies beside it, so it was probably copied while it was open and being saved: copy it again after closing it, or use File ▸ Save a Copy.</source>
            <translation>Un fichier de verrou se trouve à côté : il a donc probablement été copié pendant qu’il était ouvert et en cours d’enregistrement. Copiez-le de nouveau après l’avoir fermé, ou utilisez Fichier ▸ Enregistrer une copie.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is in a folder where you may not save files, and editing a plan writes a lock and a journal beside it. Nothing was changed. Open it read-only, or copy it to your own folder and open the copy.</source>
            <translation>« {file} » se trouve dans un dossier où vous ne pouvez pas enregistrer de fichiers, et modifier un plan écrit un verrou et un journal à côté de lui. Rien n’a été modifié. Ouvrez-le en lecture seule, ou copiez-le dans votre propre dossier et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be written ({detail}). Nothing was changed. Choose a folder where you may save files.</source>
            <translation>« {file} » n’a pas pu être écrit ({detail}). Rien n’a été modifié. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{card}” was kept: without it, {options} would have no strength or weakness. Tick another one there first, or drop the card ({drop}): it leaves the board and stays with the option.</source>
            <translation>« {card} » a été gardée : sans elle, {options} n’aurait plus de force ni de faiblesse. Cochez-en une autre d’abord, ou écartez la carte ({drop}) : elle quitte le tableau et reste avec l’option.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{card}” was kept: without it, {options} would have no opportunity or threat. Tick another one there first, or drop the card ({drop}): it leaves the board and stays with the option.</source>
            <translation>« {card} » a été gardée : sans elle, {options} n’aurait plus d’opportunité ni de menace. Cochez-en une autre d’abord, ou écartez la carte ({drop}) : elle quitte le tableau et reste avec l’option.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>The change was refused ({detail}). Nothing was changed.</source>
            <translation>La modification a été refusée ({detail}). Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is being edited by {user} on {host} since {since}.</source>
            <translation>« {file} » est en cours de modification par {user} sur {host} depuis {since}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by a newer version of Cluster Planner, which this version cannot read. Nothing was changed. Update Cluster Planner to open it.</source>
            <translation>« {file} » a été créé par une version plus récente de Cluster Planner, que cette version ne sait pas lire. Rien n’a été modifié. Mettez à jour Cluster Planner pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was left locked by another user of this computer, and its folder does not let you remove their lock file (“{file}.lock”). Nothing was changed. Open it read-only, or ask that user or an administrator to delete the lock file.</source>
            <translation>Un autre utilisateur de cet ordinateur a laissé « {file} » verrouillé, et son dossier ne vous permet pas de retirer son fichier de verrou (« {file}.lock »). Rien n’a été modifié. Ouvrez-le en lecture seule, ou demandez à cet utilisateur ou à un administrateur de supprimer le fichier de verrou.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened for editing ({detail}). Nothing was changed. Check that you may read and write it, or copy it to your own folder and open the copy.</source>
            <translation>« {file} » n’a pas pu être ouvert en modification ({detail}). Rien n’a été modifié. Vérifiez que vous avez le droit de le lire et de l’écrire, ou copiez-le dans votre propre dossier et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” already exists, so it was not replaced. Choose another name.</source>
            <translation>« {file} » existe déjà : il n’a donc pas été remplacé. Choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is being edited by {user} on {host}, so it was not replaced. Nothing was changed. Choose another name, or close it there first.</source>
            <translation>« {file} » est en cours de modification par {user} sur {host} : il n’a donc pas été remplacé. Rien n’a été modifié. Choisissez un autre nom, ou fermez-le d’abord là-bas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is a folder, so it was not replaced. Choose another name.</source>
            <translation>« {file} » est un dossier : il n’a donc pas été remplacé. Choisissez un autre nom.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be written there: you may not save files in that folder. Nothing was changed. Choose a folder where you may save files.</source>
            <translation>« {file} » n’a pas pu y être écrit : vous ne pouvez pas enregistrer de fichiers dans ce dossier. Rien n’a été modifié. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>an input or output error</source>
            <translation>une erreur d’entrée-sortie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That link was not made: the actions would wait on each other in a loop ({loop}). Remove one of the links in that loop first.</source>
            <translation>Ce lien n’a pas été créé : les actions s’attendraient mutuellement en boucle ({loop}). Supprimez d’abord l’un des liens de cette boucle.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{name}” was kept: it leads, takes part in or pays for {actions}. Give those actions another lead or remove it from them first.</source>
            <translation>« {name} » a été conservée : elle est cheffe de file, partenaire ou source de financement de {actions}. Donnez d’abord un autre chef de file à ces actions ou retirez-la de celles-ci.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{title}” was not dropped: it is part of adopted revision {number}, so say why first (its Drop reason on the Action plan page, or the Note of a progress report).</source>
            <translation>« {title} » n’a pas été abandonnée : elle fait partie de la révision adoptée {number} ; indiquez donc d’abord pourquoi (son Motif d’abandon sur la page Plan d’action, ou la Note d’un rapport d’avancement).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>{field} was not changed: it {problem}.</source>
            <translation>{field} : modification refusée ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by an older version of Cluster Planner and must be upgraded before it can be shown, which opening read-only does not allow. Nothing was changed. Open it for editing: a backup copy is kept before the upgrade.</source>
            <translation>« {file} » a été créé par une version plus ancienne de Cluster Planner et doit être mis à niveau avant de pouvoir être affiché, ce que l’ouverture en lecture seule ne permet pas. Rien n’a été modifié. Ouvrez-le en modification : une copie de sauvegarde est conservée avant la mise à niveau.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Its revision {number} can still be read and saved as a new plan.</source>
            <translation>Sa révision {number} peut encore être lue et enregistrée comme nouveau plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be upgraded to this version of Cluster Planner. The file was put back exactly as it was. Keep using the previous version for this plan, and report the problem with a copy of the file.</source>
            <translation>« {file} » n’a pas pu être mis à niveau vers cette version de Cluster Planner. Le fichier a été remis exactement dans son état d’origine. Continuez à utiliser la version précédente pour ce plan, et signalez le problème en joignant une copie du fichier.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened ({detail}). Nothing was changed.</source>
            <translation>« {file} » n’a pas pu être ouvert ({detail}). Rien n’a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>form_fields</name>
        <message>
            <location filename="../../../cluster_planner/ui/form_fields.py" />
            <source>Close without Saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/form_fields.py" />
            <source>What was typed or chosen in this form since it opened is not saved. Close it?</source>
            <translation>Ce qui a été saisi ou choisi dans ce formulaire depuis son ouverture n’est pas enregistré. Le fermer ?</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>not stated</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>an unknown time</source>
            <translation>une heure inconnue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>{count} days</source>
            <translation>{count} jours</translation>
        </message>
    </context>
    <context>
        <name>indicator_progress</name>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Baseline</source>
            <translation>Valeur de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Latest</source>
            <translation>Dernière valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Values recorded</source>
            <translation>Valeurs enregistrées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Delete Value</source>
            <translation>Supprimer la valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Record Value</source>
            <translation>Enregistrer une valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Measured on</source>
            <translation>Mesurée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Where the figure comes from</source>
            <translation>Provenance du chiffre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No indicators yet: add them to objectives and actions.</source>
            <translation>Aucun indicateur pour l’instant : ajoutez-en aux objectifs et aux actions.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No values recorded yet.</source>
            <translation>Aucune valeur enregistrée pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>not measured yet</source>
            <translation>pas encore mesuré</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>0 to 100 %</source>
            <translation>de 0 à 100 %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No value was recorded: type the value measured, such as 12 or 3.5.</source>
            <translation>Aucune valeur n’a été enregistrée : saisissez la valeur mesurée, comme 12 ou 3,5.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No value was recorded: “{text}” is not a number.</source>
            <translation>Aucune valeur n’a été enregistrée : « {text} » n’est pas un nombre.</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>QR code to join</source>
            <translation>Code QR pour rejoindre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>How to join from a phone</source>
            <translation>Comment rejoindre depuis un téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Join from your phone</source>
            <translation>Rejoignez depuis votre téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Code {code}</source>
            <translation>Code {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Phones join at {url} with the code {code}</source>
            <translation>Les téléphones rejoignent {url} avec le code {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_controller.py" />
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>A plan opened read-only cannot take input from phones.</source>
            <translation>Un plan ouvert en lecture seule ne peut pas recevoir de contributions des téléphones.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_controller.py" />
            <source>Live participation cannot listen on {address}: {problem}</source>
            <translation>La participation en direct ne peut pas écouter sur {address} : {problem}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the SWOT capture</source>
            <translation>la saisie du SWOT</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the vote on the vision drafts</source>
            <translation>le vote sur les projets de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the voting round “{title}”</source>
            <translation>le tour de vote « {title} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>&amp;Start Live Participation</source>
            <translation>Lancer la participation en di&amp;rect</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones in the hall join a page this laptop serves on the network you choose: no internet, no account, no app.</source>
            <translation>Les téléphones de la salle ouvrent une page servie par cet ordinateur sur le réseau choisi : ni internet, ni compte, ni application.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Stop Live Participation</source>
            <translation>Arrêter la participation en direct</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>The network the phones are on (the hall's Wi-Fi or this laptop's hotspot)</source>
            <translation>Le réseau des téléphones (le wifi de la salle ou le point d’accès de cet ordinateur)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Open a voting round first.</source>
            <translation>Ouvrez d’abord un tour de vote.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Write a draft first.</source>
            <translation>Rédigez d’abord un projet.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) connected</source>
            <translation>
                <numerusform>%n téléphone connecté</numerusform>
                <numerusform>%n téléphones connectés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Net&amp;work:</source>
            <translation>Résea&amp;u :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Move the Phones Her&amp;e</source>
            <translation>Amener les téléphones &amp;ici</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have placed dots</source>
            <translation>
                <numerusform>%n téléphone a placé des gommettes</numerusform>
                <numerusform>%n téléphones ont placé des gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones join at {url} with the code {code}.</source>
            <translation>Les téléphones rejoignent {url} avec le code {code}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have voted</source>
            <translation>
                <numerusform>%n téléphone a voté</numerusform>
                <numerusform>%n téléphones ont voté</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>This computer only ({address})</source>
            <translation>Cet ordinateur seulement ({address})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones are on {activity} now.</source>
            <translation>Les téléphones sont maintenant sur {activity}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Ideas from phones</source>
            <translation>Idées des téléphones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Accept puts an idea on the board; Merge folds it into the card selected on the board; Drop keeps it among the dropped cards.</source>
            <translation>Accepter place l’idée au tableau ; Fusionner la joint à la carte sélectionnée au tableau ; Écarter la garde parmi les cartes écartées.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Ideas waiting</source>
            <translation>Idées en attente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>No idea is waiting.</source>
            <translation>Aucune idée en attente.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>&amp;Accept</source>
            <translation>Accep&amp;ter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Mer&amp;ge into Selected Card</source>
            <translation>Fusionner avec la carte &amp;sélectionnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>D&amp;rop</source>
            <translation>&amp;Écarter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Select the card on the board that this idea repeats, then Merge.</source>
            <translation>Sélectionnez au tableau la carte que cette idée répète, puis Fusionner.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea is on the board. Undo takes it back.</source>
            <translation>L’idée est au tableau. Annuler la retire.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea was merged into the selected card.</source>
            <translation>L’idée a été fusionnée avec la carte sélectionnée.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea was dropped; Show dropped cards lists it.</source>
            <translation>L’idée a été écartée ; Afficher les cartes écartées la montre.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not opened</source>
            <translation>Le plan n’a pas été ouvert</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;New Plan…</source>
            <translation>&amp;Nouveau plan…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation>Ouvrir &amp;le plan de démonstration</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a &amp;Copy…</source>
            <translation>Enregistrer une &amp;copie…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>C&amp;lose Plan</source>
            <translation>&amp;Fermer le plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Clear Recent Plans</source>
            <translation>&amp;Effacer les plans récents</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Show &amp;Workshop Steps</source>
            <translation>Afficher les étapes de l’&amp;atelier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;About Cluster Planner</source>
            <translation>À &amp;propos de Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open &amp;Recent</source>
            <translation>Plans &amp;récents</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Language</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Unnamed cluster</source>
            <translation>Cluster sans nom</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file} (read-only)[*] — {app}</source>
            <translation>{plan} — {file} (lecture seule)[*] — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file}[*] — {app}</source>
            <translation>{plan} — {file}[*] — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open a Plan</source>
            <translation>Ouvrir un plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a Revision as a New Plan</source>
            <translation>Enregistrer une révision comme nouveau plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New Plan</source>
            <translation>Nouveau plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a Copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Unsaved Typing</source>
            <translation>Saisie non enregistrée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A form on the page holds typing that is not saved in the plan yet (a draft being written, an indicator, an option). Everything else is saved. Close and lose that typing?</source>
            <translation>Un formulaire de la page contient une saisie pas encore enregistrée dans le plan (un projet en cours de rédaction, un indicateur, une option). Tout le reste est enregistré. Fermer et perdre cette saisie ?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Close and Lose It</source>
            <translation>Fermer et la perdre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} revision {number}</source>
            <translation>{plan}, révision {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Undone: {change}</source>
            <translation>Annulé : {change}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Redone: {change}</source>
            <translation>Rétabli : {change}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Cluster Planner will be in {language} from its next start.</source>
            <translation>Cluster Planner sera en {language} à partir de son prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open for Editing</source>
            <translation>Ouvrir en modification</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not created</source>
            <translation>Le plan n’a pas été créé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A past revision: {number} “{title}”, adopted on {date}{meeting}. You can look at everything; nothing can be changed. The plan itself is “{file}”.</source>
            <translation>Une révision antérieure : {number} « {title} », adoptée le {date}{meeting}. Vous pouvez tout consulter ; rien ne peut être modifié. Le plan lui-même est « {file} ».</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} of {plan} (read-only) — {app}</source>
            <translation>Révision {number} de {plan} (lecture seule) — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New cluster plan</source>
            <translation>Nouveau plan de cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan was not opened</source>
            <translation>Le plan de démonstration n’a pas été ouvert</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The copy was not saved</source>
            <translation>La copie n’a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A copy was saved as “{copy}”. You are still working on “{file}”.</source>
            <translation>Une copie a été enregistrée sous « {copy} ». Vous travaillez toujours sur « {file} ».</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {step}</source>
            <translation>&amp;{number} {step}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The System's ({language})</source>
            <translation>Celle du système ({language})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {file}</source>
            <translation>&amp;{number} {file}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>No recent plans</source>
            <translation>Aucun plan récent</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is already open.</source>
            <translation>« {file} » est déjà ouvert.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{name} revision {number}</source>
            <translation>{name}, révision {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was upgraded to this version of Cluster Planner. The original is kept as “{backup}” in {folder}.</source>
            <translation>Le plan a été mis à niveau vers cette version de Cluster Planner. L’original est conservé sous « {backup} » dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save Revision {number} as a New Plan…</source>
            <translation>Enregistrer la révision {number} comme nouveau plan…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} could not be saved as a new plan.</source>
            <translation>La révision {number} n’a pas pu être enregistrée comme nouveau plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” was left in the middle of a save and is shown as it was last saved whole, read-only. Opening it for editing finishes the recovery.</source>
            <translation>« {file} » est resté au milieu d’un enregistrement : il est affiché tel qu’il a été enregistré en entier pour la dernière fois, en lecture seule. L’ouvrir en modification termine la récupération.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} could not be opened ({problem}).</source>
            <translation>La révision {number} n’a pas pu être ouverte ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan could not be created in {folder} ({detail}).</source>
            <translation>Le plan de démonstration n’a pas pu être créé dans {folder} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{name} copy</source>
            <translation>{name} copie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is open read-only.</source>
            <translation>« {file} » est ouvert en lecture seule.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Opened “{file}”. Every change is saved as you make it.</source>
            <translation>« {file} » ouvert. Chaque modification est enregistrée au fur et à mesure.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source> at {meeting}</source>
            <translation> lors de {meeting}</translation>
        </message>
    </context>
    <context>
        <name>message_bar</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>options_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Quick wins</source>
            <translation>Gains rapides</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Major projects</source>
            <translation>Grands projets</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Fill-ins</source>
            <translation>Tâches d’appoint</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Thankless tasks</source>
            <translation>Tâches ingrates</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, low effort</source>
            <translation>impact fort, effort faible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, high effort</source>
            <translation>impact fort, effort élevé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, low effort</source>
            <translation>impact faible, effort faible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, high effort</source>
            <translation>impact faible, effort élevé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact and effort chart</source>
            <translation>Graphique impact-effort</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Effort  (1 low → 5 high)</source>
            <translation>Effort  (1 faible → 5 élevé)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact  (1 low → 5 high)</source>
            <translation>Impact  (1 faible → 5 élevé)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Options to rate</source>
            <translation>Options à évaluer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Rate the selected option (1 = low, 5 = high):</source>
            <translation>Notez l’option sélectionnée (1 = faible, 5 = élevé) :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Im&amp;pact</source>
            <translation>I&amp;mpact</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Eff&amp;ort</source>
            <translation>Eff&amp;ort</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Every option is rated.</source>
            <translation>Toutes les options sont notées.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Not rated yet: {codes}</source>
            <translation>Pas encore notées : {codes}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Not rated</source>
            <translation>Non notée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>What the cluster will do, e.g. “Joint bulk purchase of yarn”</source>
            <translation>Ce que fera le cluster, p. ex. « Achat groupé de fil »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save option</source>
            <translation>Enregistrer l’option</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Statement</source>
            <translation>É&amp;noncé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Items used — tick at least one internal (S/W) and one external (O/T) item:</source>
            <translation>É&amp;léments utilisés — cochez au moins un élément interne (S/W) et un élément externe (O/T) :</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Write the option's statement.</source>
            <translation>Rédigez l’énoncé de l’option.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>An option uses at least one internal (S/W) and one external (O/T) item: tick one of each.</source>
            <translation>Une option utilise au moins un élément interne (S/W) et un élément externe (O/T) : cochez-en un de chaque.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(%n dot(s))</source>
            <translation>
                <numerusform>(%n gommette)</numerusform>
                <numerusform>(%n gommettes)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(no longer on the board)</source>
            <translation>(n’est plus sur le tableau)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>1 = low, 5 = high</source>
            <translation>1 = faible, 5 = élevé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Show {quadrant} too</source>
            <translation>Afficher aussi {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save ({keys})</source>
            <translation>Enregistrer ({keys})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Close without saving ({key})</source>
            <translation>Fermer sans enregistrer ({key})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>New {kind} option</source>
            <translation>Nouvelle option {kind}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Change {code}</source>
            <translation>Modifier {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Ready to save: {keys}.</source>
            <translation>Prête à être enregistrée : {keys}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Impact {impact} · Effort {effort}</source>
            <translation>Impact {impact} · Effort {effort}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Uses {items}</source>
            <translation>Utilise {items}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>%n option(s)</source>
            <translation>
                <numerusform>%n option</numerusform>
                <numerusform>%n options</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Strategic options (TOWS)</source>
            <translation>Options stratégiques (TOWS)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Top items per quadrant</source>
            <translation>Éléments &amp;prioritaires par quadrant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>TOWS &amp;matrix</source>
            <translation>Ma&amp;trice TOWS</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Impact and effort</source>
            <translation>&amp;Impact et effort</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Add option</source>
            <translation>Ajouter une option</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Change option…</source>
            <translation>Modifier l’option…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Delete option</source>
            <translation>Supprimer l’option</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>No voting round revealed yet: the matrix lists every item on the board</source>
            <translation>Aucun tour de vote dévoilé pour l’instant : la matrice liste tous les éléments du tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Top items from “{title}”, revealed</source>
            <translation>Éléments prioritaires de « {title} », dévoilés</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>+ Add</source>
            <translation>+ Ajouter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>&lt;b&gt;TOWS&lt;/b&gt;&lt;br&gt;Pair the internal items on the left with the external items above.</source>
            <translation>&lt;b&gt;TOWS&lt;/b&gt;&lt;br&gt;Croisez les éléments internes à gauche avec les éléments externes en haut.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item in this quadrant received votes.</source>
            <translation>Aucun élément de ce quadrant n’a reçu de votes.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item on the board yet.</source>
            <translation>Aucun élément sur le tableau pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>Add a {kind} option ({key})</source>
            <translation>Ajouter une option {kind} ({key})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No {kind} option yet. Press {key} here, or Add, to write one.</source>
            <translation>Aucune option {kind} pour l’instant. Appuyez ici sur {key}, ou sur Ajouter, pour en rédiger une.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{kind} options</source>
            <translation>Options {kind}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{code}: {statement}
Rank {rank} of all items, %n dot(s)</source>
            <translation>
                <numerusform>{code} : {statement}
Rang {rank} sur l’ensemble des éléments, %n gommette</numerusform>
                <numerusform>{code} : {statement}
Rang {rank} sur l’ensemble des éléments, %n gommettes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plan_checks</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The plan checks list %n thing(s) to fix (Action plan ▸ Plan checks); adopting now keeps them as they are.</source>
            <translation>
                <numerusform>Les vérifications du plan signalent %n point à corriger (Plan d’action ▸ Vérifications du plan) ; l’adopter maintenant le laisse tel quel.</numerusform>
                <numerusform>Les vérifications du plan signalent %n points à corriger (Plan d’action ▸ Vérifications du plan) ; l’adopter maintenant les laisse tels quels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n thing(s) to fix before the plan is endorsed</source>
            <translation>
                <numerusform>%n point à corriger avant que le plan soit entériné</numerusform>
                <numerusform>%n points à corriger avant que le plan soit entériné</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster profile</source>
            <translation>Profil du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster Commission</source>
            <translation>Commission du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Meetings without attendance</source>
            <translation>Réunions sans liste de présence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objectives without actions</source>
            <translation>Objectifs sans actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions without a lead organisation</source>
            <translation>Actions sans organisation cheffe de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Action dates</source>
            <translation>Dates des actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cost lines without a source of funds</source>
            <translation>Lignes de coût sans source de financement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Partner cash in no cost line</source>
            <translation>Numéraire des partenaires hors des lignes de cofinancement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions scheduled before what they wait for</source>
            <translation>Actions programmées avant celles dont elles dépendent</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Milestones outside their action's dates</source>
            <translation>Jalons hors des dates de leur action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Indicators missing or implausible</source>
            <translation>Indicateurs manquants ou invraisemblables</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Women in the cluster</source>
            <translation>Les femmes dans le cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Top SWOT priorities no action answers</source>
            <translation>Priorités FFOM auxquelles aucune action ne répond</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Other findings</source>
            <translation>Autres constats</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The cluster has no name yet.</source>
            <translation>Le cluster n’a pas encore de nom.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nobody is recorded as a member of the Cluster Commission.</source>
            <translation>Personne n’est enregistré comme membre de la Commission du cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The Cluster Commission has no chair.</source>
            <translation>La Commission du cluster n’a pas de président(e).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No woman sits on the Cluster Commission.</source>
            <translation>Aucune femme ne siège à la Commission du cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action is marked as addressing the constraints women face in the cluster.</source>
            <translation>Aucune action n’est marquée comme répondant aux contraintes des femmes dans le cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nothing to fix: the plan is ready to be endorsed</source>
            <translation>Rien à corriger : le plan est prêt à être entériné</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has finished.</source>
            <translation>{action} commence {days} trop tôt : elle attend que {predecessor} soit terminée.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has started.</source>
            <translation>{action} commence {days} trop tôt : elle attend que {predecessor} ait commencé.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} has finished.</source>
            <translation>{action} se termine {days} trop tôt : elle ne peut se terminer qu’une fois {predecessor} terminée.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} is about to start.</source>
            <translation>{action} se termine {days} trop tôt : elle ne peut se terminer qu’au moment où {predecessor} est sur le point de commencer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action builds on “{item}”, one of the top %n strength(s).</source>
            <translation>
                <numerusform>Aucune action ne s’appuie sur « {item} », la principale force (%n).</numerusform>
                <numerusform>Aucune action ne s’appuie sur « {item} », l’une des %n principales forces.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action answers “{item}”, one of the top %n weakness(es).</source>
            <translation>
                <numerusform>Aucune action ne répond à « {item} », la principale faiblesse (%n).</numerusform>
                <numerusform>Aucune action ne répond à « {item} », l’une des %n principales faiblesses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action seizes “{item}”, one of the top %n opportunity(ies).</source>
            <translation>
                <numerusform>Aucune action ne saisit « {item} », la principale opportunité (%n).</numerusform>
                <numerusform>Aucune action ne saisit « {item} », l’une des %n principales opportunités.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action counters “{item}”, one of the top %n threat(s).</source>
            <translation>
                <numerusform>Aucune action ne contre « {item} », la principale menace (%n).</numerusform>
                <numerusform>Aucune action ne contre « {item} », l’une des %n principales menaces.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action}: milestone “{title}” on {date} is outside the action's dates ({start} – {end}).</source>
            <translation>{action} : le jalon « {title} » du {date} est hors des dates de l’action ({start} – {end}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action}: {organisation} brings {brought} in cash, but the action's cost lines hold {held} of it; {missing} is in no cost line of the budget.</source>
            <translation>{action} : {organisation} apporte {brought} en numéraire, mais les lignes de cofinancement de l’action n’en couvrent que {held} ; {missing} ne figurent dans aucune ligne du budget.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}, more than 100 %.</source>
            <translation>{owner} : {what} vaut {value}, plus de 100 %.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}, below 0 %.</source>
            <translation>{owner} : {what} vaut {value}, moins de 0 %.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: a count has no decimals.</source>
            <translation>{owner} : {what} vaut {value} : un effectif n’a pas de décimales.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: a count is never below 0.</source>
            <translation>{owner} : {what} vaut {value} : un effectif n’est jamais négatif.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: that is not a number.</source>
            <translation>{owner} : {what} vaut {value} : ce n’est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{code} “{title}”</source>
            <translation>{code} « {title} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no dates yet.</source>
            <translation>{action} n’a pas encore de dates.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{text}
To fix: {field}</source>
            <translation>{text}
À corriger : {field}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no lead organisation.</source>
            <translation>{action} n’a pas d’organisation cheffe de file.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no start date.</source>
            <translation>{action} n’a pas de date de début.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no end date.</source>
            <translation>{action} n’a pas de date de fin.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} ends before it starts.</source>
            <translation>{action} se termine avant de commencer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has %n cost line(s) that do not say who pays.</source>
            <translation>
                <numerusform>{action} a %n ligne de coût qui n’indique pas qui paie.</numerusform>
                <numerusform>{action} a %n lignes de coût qui n’indiquent pas qui paie.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Double-click an entry, or select it and press {key}, to fix it.</source>
            <translation>Double-cliquez sur une entrée, ou sélectionnez-la et appuyez sur {key}, pour la corriger.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the target of “{name}”</source>
            <translation>la cible de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the baseline of “{name}”</source>
            <translation>la valeur de référence de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the value of “{name}” measured on {date}</source>
            <translation>la valeur de « {name} » mesurée le {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The meeting “{title}” has no attendance recorded.</source>
            <translation>La réunion « {title} » n’a aucune présence enregistrée.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The link adds a lag of {days}.</source>
            <translation>Le lien ajoute un décalage de {days}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objective {code} “{title}” has no indicator: nobody can tell whether it is reached.</source>
            <translation>L’objectif {code} « {title} » n’a pas d’indicateur : personne ne peut dire s’il est atteint.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objective {code} “{title}” has no action yet.</source>
            <translation>L’objectif {code} « {title} » n’a pas encore d’action.</translation>
        </message>
    </context>
    <context>
        <name>plan_codes</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_codes.py" />
            <source>en</source>
            <comment>the code of the language this translation is in: en, es or fr</comment>
            <translation>fr</translation>
        </message>
    </context>
    <context>
        <name>plan_view</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>Workshop steps</source>
            <translation>Étapes de l’atelier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>This plan is open read-only: you can look at everything, but not change it. To edit, close it and open it again when nobody else is editing it.</source>
            <translation>Ce plan est ouvert en lecture seule : vous pouvez tout consulter, mais rien modifier. Pour le modifier, fermez-le et rouvrez-le quand personne d’autre ne le modifie.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>The {step} step is not built yet. {purpose}</source>
            <translation>L’étape « {step} » n’est pas encore disponible. {purpose}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will capture the SWOT of the cluster quickly while people talk, with themes and evidence, and record dot-voting tallies by stakeholder type and sex.</source>
            <translation>Elle permettra de saisir rapidement la FFOM du cluster pendant les échanges, avec thèmes et preuves, et d’enregistrer les décomptes du vote par gommettes par type d’acteur et par sexe.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will pair strengths and weaknesses with opportunities and threats into strategic options, each linked to the SWOT items it answers.</source>
            <translation>Elle croisera les forces et faiblesses avec les opportunités et menaces pour en tirer des options stratégiques, chacune liée aux éléments FFOM auxquels elle répond.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will gather vision elements from the top options, compare draft statements and record the one the Commission adopts.</source>
            <translation>Elle rassemblera les éléments de vision issus des options prioritaires, comparera les projets d’énoncé et enregistrera celui que la Commission adopte.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Action plan</source>
            <translation>Plan d’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will hold the strategic objectives and their joint actions, each with a lead organisation, partners, dates, budget and indicators.</source>
            <translation>Elle contiendra les objectifs stratégiques et leurs actions conjointes, chacune avec une organisation cheffe de file, des partenaires, des dates, un budget et des indicateurs.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Timeline</source>
            <translation>Chronogramme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will show the action plan on a Gantt chart, to reschedule by dragging and to see slippage against the last endorsed revision.</source>
            <translation>Elle présentera le plan d’action sur un diagramme de Gantt, pour reprogrammer par glisser-déposer et voir les glissements par rapport à la dernière révision entérinée.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Review</source>
            <translation>Revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will record progress, indicator actuals and review meetings, each ending with a new revision of the plan.</source>
            <translation>Elle enregistrera l’avancement, les valeurs réalisées des indicateurs et les réunions de revue, chacune se concluant par une nouvelle révision du plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Roadmap</source>
            <translation>Feuille de route</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will write the roadmap for the Cluster Commission as Word and PDF documents.</source>
            <translation>Elle rédigera la feuille de route destinée à la Commission du cluster sous forme de documents Word et PDF.</translation>
        </message>
    </context>
    <context>
        <name>presentation</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked: {keys} unlocks</source>
            <translation>Verrouillé : {keys} déverrouille</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>{keys} locks or unlocks the structure</source>
            <translation>{keys} verrouille ou déverrouille la structure</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Unlocked · {keys} locks</source>
            <translation>Déverrouillé · {keys} verrouille</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Present</source>
            <translation>&amp;Présenter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Lock the Structure</source>
            <translation>&amp;Verrouiller la structure</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Start or Pause the &amp;Timer</source>
            <translation>Démarrer ou mettre en pause le &amp;minuteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Reset the Timer</source>
            <translation>&amp;Réinitialiser le minuteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute Lo&amp;nger</source>
            <translation>Minuteur : une minute de p&amp;lus</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute Sh&amp;orter</source>
            <translation>Minuteur : une minute de m&amp;oins</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>L&amp;arger Type</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>S&amp;maller Type</source>
            <translation>Texte plus p&amp;etit</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show or Hide the &amp;Voting Panel</source>
            <translation>Afficher ou masquer le panneau de vo&amp;te</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;High Contrast</source>
            <translation>&amp;Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Lock the Structure When Presenting &amp;Starts</source>
            <translation>Verrouiller la structure au &amp;début de la présentation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presentat&amp;ion</source>
            <translation>Présen&amp;tation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show the current step full screen for the hall ({f5} or {escape} leaves)</source>
            <translation>Afficher l’étape en cours en plein écran pour la salle ({f5} ou {escape} pour quitter)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presenting on “{screen}”. {f5} or {escape} ends the presentation.</source>
            <translation>Présentation sur « {screen} ». {f5} ou {escape} met fin à la présentation.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>“{step}” is not presented. {f5} ends the presentation to open it; {next} and {previous} go through the presented steps.</source>
            <translation>« {step} » n’est pas présentée. {f5} termine la présentation pour l’ouvrir ; {next} et {previous} parcourent les étapes présentées.</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <source>no such objective</source>
            <translation>cet objectif n’existe pas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <location filename="../../../cluster_planner/services/registers.py" />
            <location filename="../../../cluster_planner/services/vision.py" />
            <source>no such organisation</source>
            <translation>cette organisation n’existe pas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <source>already waits for that action</source>
            <translation>elle dépend déjà de cette action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>there is nothing to import</source>
            <translation>il n’y a rien à importer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>use merge to merge items</source>
            <translation>utilisez Fusionner pour fusionner des éléments</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>unmerge the item first</source>
            <translation>séparez d’abord l’élément</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <location filename="../../../cluster_planner/services/participation.py" />
            <source>merge into a card that is on the board</source>
            <translation>fusionnez dans une carte présente sur le tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>choose other cards on the board to merge</source>
            <translation>choisissez d’autres cartes du tableau à fusionner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>a card that is already merged cannot be merged again</source>
            <translation>une carte déjà fusionnée ne peut pas l’être de nouveau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>this card is not merged</source>
            <translation>cette carte n’est pas fusionnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>must not be empty</source>
            <translation>ne peut pas être vide</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>votes go to cards on the board</source>
            <translation>les votes vont aux cartes du tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>names the same group twice</source>
            <translation>nomme deux fois le même groupe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>a voting round belongs to a recorded meeting</source>
            <translation>un tour de vote se rattache à une réunion enregistrée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>names a SWOT item that does not exist</source>
            <translation>nomme un élément FFOM qui n’existe pas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>an option uses at least one internal (S/W) and one external (O/T) item</source>
            <translation>une option utilise au moins un élément interne (S/W) et un externe (O/T)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/document_core.py" />
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>must be a language code such as en, es, fr or ar</source>
            <translation>doit être un code de langue tel que en, es, fr ou ar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/document_core.py" />
            <source>names something that does not exist</source>
            <translation>nomme quelque chose qui n’existe pas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/plan_document.py" />
            <source>a snapshot can only be loaded into an empty plan</source>
            <translation>un instantané ne peut être chargé que dans un plan vide</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>no such person</source>
            <translation>cette personne n’existe pas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>lists someone who is not in the register</source>
            <translation>cite une personne absente du registre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>must not be before the actual start</source>
            <translation>ne peut pas précéder le début réel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>is a percentage from 0 to 100</source>
            <translation>c’est un pourcentage de 0 à 100</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/vision.py" />
            <source>a vision is adopted at a recorded meeting</source>
            <translation>une vision est adoptée lors d’une réunion enregistrée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be true or false</source>
            <translation>doit être vrai ou faux</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a list</source>
            <translation>doit être une liste</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a JSON object</source>
            <translation>doit être un objet JSON</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a date written YYYY-MM-DD</source>
            <translation>doit être une date écrite AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a finite number</source>
            <translation>doit être un nombre fini</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is far too large</source>
            <translation>est beaucoup trop grand</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>holds a broken character (an unpaired surrogate)</source>
            <translation>contient un caractère cassé (un substitut isolé)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must have a value</source>
            <translation>doit avoir une valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is not one of the allowed values</source>
            <translation>n’est pas une des valeurs permises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is not a day of the calendar</source>
            <translation>n’est pas un jour du calendrier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is missing</source>
            <translation>est absent</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the planning horizon ends before it starts</source>
            <translation>l’horizon de planification se termine avant de commencer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a three-letter ISO 4217 code such as USD</source>
            <translation>doit être un code ISO 4217 de trois lettres, comme USD</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must name the card it was merged into</source>
            <translation>doit nommer la carte dans laquelle elle a été fusionnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be merged for a card merged into another</source>
            <translation>doit être « fusionnée » pour une carte fusionnée dans une autre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>cannot name the card itself</source>
            <translation>ne peut pas nommer la carte elle-même</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>each voter needs at least one dot</source>
            <translation>chaque votant a besoin d’au moins une gommette</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a year from 1900 to 2199</source>
            <translation>doit être une année de 1900 à 2199</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the next review comes after the adoption</source>
            <translation>la prochaine revue vient après l’adoption</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the target date comes after the baseline date</source>
            <translation>la date cible vient après la date de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>comes before the start</source>
            <translation>tombe avant le début</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be within ten years</source>
            <translation>doit rester en deçà de dix ans</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must not hold control characters</source>
            <translation>ne doit pas contenir de caractères de contrôle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must not be negative</source>
            <translation>ne peut pas être négatif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>rate it from 1 (low) to 5 (high)</source>
            <translation>notez-le de 1 (faible) à 5 (fort)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a date from 1900 to 2199</source>
            <translation>doit être une date de 1900 à 2199</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>is too large</source>
            <translation>est trop grand</translation>
        </message>
    </context>
    <context>
        <name>profile_tab</name>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The three-letter ISO 4217 code, such as USD, EUR or ETB.</source>
            <translation>Le code ISO 4217 à trois lettres, comme USD, EUR ou XOF.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The language the plan is written in: the roadmap is printed in it (English, Spanish or French, else English), the vision composer proposes its sentence in it, and a right-to-left language lays the plan's pages out mirrored.</source>
            <translation>La langue dans laquelle le plan est écrit : la feuille de route est imprimée dans cette langue (anglais, espagnol ou français, sinon anglais), l’assistant de vision y propose sa phrase, et une langue qui s’écrit de droite à gauche affiche les pages du plan en miroir.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Cluster profile</source>
            <translation>Profil du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Baseline figures</source>
            <translation>Données de référence</translation>
        </message>
    </context>
    <context>
        <name>prompter</name>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Cluster plans (*.clusterplan)</source>
            <translation>Plans de cluster (*.clusterplan)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Files are chosen outside the presentation: press {key} to leave it, then try again.</source>
            <translation>Les fichiers se choisissent hors de la présentation : appuyez sur {key} pour la quitter, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>registers</name>
        <message>
            <location filename="../../../cluster_planner/ui/register_tab.py" />
            <source>Filter</source>
            <translation>Filtrer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No organisations yet. Add the firms and institutions of the cluster.</source>
            <translation>Aucune organisation pour l’instant. Ajoutez les entreprises et les institutions du cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No people yet. Add the representatives of the organisations.</source>
            <translation>Aucune personne pour l’instant. Ajoutez les représentants des organisations.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No meetings yet. Record each workshop and who attended it.</source>
            <translation>Aucune réunion pour l’instant. Enregistrez chaque atelier et les personnes présentes.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No baseline figures yet. Add what the diagnostic measured.</source>
            <translation>Aucune donnée de référence pour l’instant. Ajoutez ce que le diagnostic a mesuré.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Organisation</source>
            <translation>Ajouter une organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Organisation</source>
            <translation>Supprimer l’organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter organisations by name, town, type…</source>
            <translation>Filtrer les organisations par nom, ville, type…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select an organisation to see and edit its details.</source>
            <translation>Sélectionnez une organisation pour voir et modifier ses informations.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Stakeholder type shown</source>
            <translation>Type d’acteur affiché</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations: {count}, of which %n women-led
{types}</source>
            <translation>
                <numerusform>Organisations : {count}, dont %n dirigée par des femmes
{types}</numerusform>
                <numerusform>Organisations : {count}, dont %n dirigées par des femmes
{types}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All stakeholder types</source>
            <translation>Tous les types d’acteurs</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>“{name}” has %n person(s) in the register: {names}. Deleting the organisation deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.</source>
            <translation>
                <numerusform>« {name} » compte %n personne dans le registre : {names}. Supprimer l’organisation la supprime aussi, avec ses {attendances}. Édition ▸ Annuler rétablit le tout.</numerusform>
                <numerusform>« {name} » compte %n personnes dans le registre : {names}. Supprimer l’organisation les supprime aussi, avec leurs {attendances}. Édition ▸ Annuler rétablit le tout.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n meeting attendance(s)</source>
            <translation>
                <numerusform>%n présence aux réunions</numerusform>
                <numerusform>%n présences aux réunions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Person</source>
            <translation>Supprimer la personne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter people by name, organisation, role…</source>
            <translation>Filtrer les personnes par nom, organisation, rôle…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a person to see and edit their details.</source>
            <translation>Sélectionnez une personne pour voir et modifier ses informations.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People shown</source>
            <translation>Personnes affichées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People: {count} — {women}, {men}, {unrecorded}
{commission}, {steering} on the Steering Committee</source>
            <translation>Personnes : {count} — {women}, {men}, {unrecorded}
{commission}, {steering} au Comité de pilotage</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n femme</numerusform>
                <numerusform>%n femmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n homme</numerusform>
                <numerusform>%n hommes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n non renseigné</numerusform>
                <numerusform>%n non renseignés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n sit(s) on the Cluster Commission</source>
            <translation>
                <numerusform>%n siège à la Commission du cluster</numerusform>
                <numerusform>%n siègent à la Commission du cluster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Cluster Commission members</source>
            <translation>Membres de la Commission du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Steering Committee members</source>
            <translation>Membres du Comité de pilotage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Without an organisation</source>
            <translation>Sans organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Meeting</source>
            <translation>Ajouter une réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Meeting</source>
            <translation>Supprimer la réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter meetings by title, venue, facilitator…</source>
            <translation>Filtrer les réunions par titre, lieu, facilitateur…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a meeting to see its details and record who attended.</source>
            <translation>Sélectionnez une réunion pour voir ses informations et enregistrer les présences.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meeting type shown</source>
            <translation>Type de réunion affiché</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings: {count} — %n attendance(s) recorded, latest on {date}</source>
            <translation>
                <numerusform>Réunions : {count} — %n présence enregistrée, la dernière le {date}</numerusform>
                <numerusform>Réunions : {count} — %n présences enregistrées, la dernière le {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All meeting types</source>
            <translation>Tous les types de réunions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Baseline Figure</source>
            <translation>Ajouter une donnée de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Baseline Figure</source>
            <translation>Supprimer la donnée de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter figures…</source>
            <translation>Filtrer les données…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures</source>
            <translation>Données de référence</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures: {count}, of %n kind(s)</source>
            <translation>
                <numerusform>Données de référence : {count}, de %n type</numerusform>
                <numerusform>Données de référence : {count}, de %n types</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New meeting</source>
            <translation>Nouvelle réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Attended</source>
            <translation>Présence</translation>
        </message>
    </context>
    <context>
        <name>review_history</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Adopted revisions</source>
            <translation>Révisions adoptées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No revision has been adopted yet. Adopt the plan at the end of a review meeting (Review meeting tab): it is then kept exactly as it was, to open, compare and restore.</source>
            <translation>Aucune révision n’a encore été adoptée. Adoptez le plan à la fin d’une réunion de revue (onglet Réunion de revue) : il est alors conservé exactement tel quel, pour l’ouvrir, le comparer et le restaurer.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Open Read-Only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare with</source>
            <translation>Comparer avec</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore as the Current Plan…</source>
            <translation>Restaurer comme plan actuel…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>the current plan</source>
            <translation>le plan actuel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Endorsed at</source>
            <translation>Entérinée lors de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>revision {number} ({date})</source>
            <translation>révision {number} ({date})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore revision {number}?</source>
            <translation>Restaurer la révision {number} ?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>The plan becomes exactly what revision {number} froze: every change made since, progress reports included, is replaced. The revisions stay as they are, and Edit ▸ Undo takes the restore back.</source>
            <translation>Le plan redevient exactement ce que la révision {number} a figé : toutes les modifications faites depuis, rapports d’avancement compris, sont remplacées. Les révisions restent telles quelles, et Édition ▸ Annuler annule la restauration.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Revision {number} was restored as the current plan on {when}.</source>
            <translation>La révision {number} a été restaurée comme plan actuel le {when}.</translation>
        </message>
    </context>
    <context>
        <name>review_meeting</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we did</source>
            <translation>Ce que nous avons fait</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we do next</source>
            <translation>Ce que nous faisons ensuite</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What help we need</source>
            <translation>L’aide dont nous avons besoin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Report progress</source>
            <translation>Rendre compte de l’avancement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Started on</source>
            <translation>Commencée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Finished on</source>
            <translation>Terminée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Tick a milestone when it is reached</source>
            <translation>Cochez un jalon quand il est atteint</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Record progress</source>
            <translation>Enregistrer l’avancement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reported on</source>
            <translation>Date du rapport</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Actual dates</source>
            <translation>Dates réelles</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt a revision of the plan</source>
            <translation>Adopter une révision du plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Endorsed at</source>
            <translation>Entérinée lors de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New review meeting</source>
            <translation>Nouvelle réunion de revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Actions to review</source>
            <translation>Actions à passer en revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we said we would do</source>
            <translation>Ce que nous avions prévu de faire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>At this meeting</source>
            <translation>Lors de cette réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>◀ Previous action</source>
            <translation>◀ Action précédente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Next action ▶</source>
            <translation>Action suivante ▶</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What happened (for a dropped action: why)</source>
            <translation>Ce qui s’est passé (pour une action abandonnée : pourquoi)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No milestones.</source>
            <translation>Aucun jalon.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No progress reported yet.</source>
            <translation>Aucun avancement signalé pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>As minuted, e.g. “Adopted unanimously”</source>
            <translation>Tel que consigné au procès-verbal, p. ex. « Adopté à l’unanimité »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Why the plan was revised</source>
            <translation>Pourquoi le plan a été révisé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{done} of %n action(s) reviewed at this meeting</source>
            <translation>
                <numerusform>{done} action sur %n examinée lors de cette réunion</numerusform>
                <numerusform>{done} actions sur %n examinées lors de cette réunion</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>%n dropped action(s) listed but not counted</source>
            <translation>
                <numerusform>%n action écartée listée mais non comptée</numerusform>
                <numerusform>%n actions écartées listées mais non comptées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Revised action plan</source>
            <translation>Plan d’action révisé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>— none —</source>
            <translation>— aucune —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision has been adopted yet: the plan as it stands now becomes revision 1, the baseline its progress is measured against.</source>
            <translation>Aucune révision n’a encore été adoptée : le plan tel qu’il est maintenant devient la révision 1, la référence par rapport à laquelle son avancement est mesuré.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No actions to review yet.</source>
            <translation>Aucune action à examiner pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision was adopted before this meeting: this is the plan as it stands.</source>
            <translation>Aucune révision n’a été adoptée avant cette réunion : voici le plan tel qu’il est.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>A progress report tells what has happened: date it today or earlier.</source>
            <translation>Un rapport d’avancement dit ce qui s’est passé : datez-le d’aujourd’hui ou d’avant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Cluster Commission: review meeting</source>
            <translation>Commission du cluster : réunion de revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt as revision {number}</source>
            <translation>Adopter comme révision {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt revision {number}…</source>
            <translation>Adopter la révision {number}…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{changes} (see History).</source>
            <translation>{changes} (voir Historique).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New since the revision in force.</source>
            <translation>Nouvelle depuis la révision en vigueur.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{start} to {end}, led by {lead}</source>
            <translation>Du {start} au {end}, chef de file : {lead}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>This meeting already endorsed revision {number}. Pick the meeting that endorses this one above, or create it with New review meeting.</source>
            <translation>Cette réunion a déjà entériné la révision {number}. Choisissez ci-dessus la réunion qui entérine celle-ci, ou créez-la avec Nouvelle réunion de revue.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>The plan as it stands now is frozen whole as revision {number}. {since}</source>
            <translation>Le plan tel qu’il est maintenant est figé en entier comme révision {number}. {since}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Budget {total}, spent so far {spent}</source>
            <translation>Budget {total}, dont {spent} dépensés à ce jour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Lead now {lead}</source>
            <translation>Chef de file désormais : {lead}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{what} now {days} {direction} than adopted</source>
            <translation>{what} : {days} {direction} que dans la version adoptée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>later</source>
            <translation>plus tard</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>earlier</source>
            <translation>plus tôt</translation>
        </message>
    </context>
    <context>
        <name>review_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review</source>
            <translation>Revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>What we said we would do, what we did, what we do next, what help we need; then the Commission adopts the revised plan.</source>
            <translation>Ce que nous avions prévu de faire, ce que nous avons fait, ce que nous faisons ensuite, l’aide dont nous avons besoin ; puis la Commission adopte le plan révisé.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review &amp;meeting</source>
            <translation>&amp;Réunion de revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>&amp;Indicators</source>
            <translation>Indicate&amp;urs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Hi&amp;story</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Revision {number} adopted: the plan is kept as it stands now.</source>
            <translation>Révision {number} adoptée : le plan est conservé tel qu’il est maintenant.</translation>
        </message>
    </context>
    <context>
        <name>roadmap_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap</source>
            <translation>Feuille de route</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cluster, plan title, revision and endorsing meeting</source>
            <translation>Cluster, titre du plan, révision et réunion qui l’a entériné</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The parts of the document with their pages</source>
            <translation>Les parties du document avec leurs pages</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Vision</source>
            <translation>Vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The adopted vision statement and its elements</source>
            <translation>L’énoncé de vision adopté et ses éléments</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>SWOT</source>
            <translation>FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The prioritised SWOT as a 2×2 grid with ranks</source>
            <translation>La FFOM hiérarchisée sous forme de grille 2×2 avec les rangs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The strategic options (TOWS)</source>
            <translation>Les options stratégiques (TOWS)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives with their indicators</source>
            <translation>Les objectifs avec leurs indicateurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Action plan</source>
            <translation>Plan d’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Every action in a table, on landscape pages</source>
            <translation>Toutes les actions dans un tableau, sur des pages au format paysage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Timeline</source>
            <translation>Chronogramme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The Gantt chart, readable in black and white</source>
            <translation>Le diagramme de Gantt, lisible en noir et blanc</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Who committed to what: a page per organisation</source>
            <translation>Qui s’engage à quoi : une page par organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The budget by source of funds and by objective</source>
            <translation>Le budget par source de financement et par objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Monitoring</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Indicators: baseline, target, actual, verification, responsible</source>
            <translation>Indicateurs : référence, cible, réalisé, vérification, responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revisions</source>
            <translation>Révisions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Adopted revisions and what each changed</source>
            <translation>Les révisions adoptées et ce que chacune a changé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Endorsement</source>
            <translation>Approbation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Lines for the Commission to sign</source>
            <translation>Des lignes de signature pour la Commission</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The vision and action plan as documents for the Cluster Commission: a PDF to print and hand out, and a Word file the secretary can restyle.</source>
            <translation>La vision et le plan d’action sous forme de documents pour la Commission du cluster : un PDF à imprimer et à distribuer, et un fichier Word que le secrétariat peut remettre en forme.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The language the roadmap is written in. The sentences that describe the changes between revisions stay in English.</source>
            <translation>La langue dans laquelle la feuille de route est rédigée. Les phrases qui décrivent les changements entre révisions restent en anglais.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Choose Lo&amp;go…</source>
            <translation>&amp;Choisir un logo…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A PNG or JPEG picture for the cover (optional)</source>
            <translation>Une image PNG ou JPEG pour la couverture (facultatif)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>No Logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Language</source>
            <translation>La&amp;ngue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Revision</source>
            <translation>&amp;Révision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover logo</source>
            <translation>Logo de couverture</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Update preview</source>
            <translation>Ac&amp;tualiser l’aperçu</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export &amp;Word…</source>
            <translation>Exporter en &amp;Word…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Pr&amp;int…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export Roadmap as PDF…</source>
            <translation>Exporter la feuille de route en PDF…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print Roadmap…</source>
            <translation>Imprimer la feuille de route…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Current plan</source>
            <translation>Plan actuel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section to export or print the roadmap.</source>
            <translation>Cochez au moins une section pour exporter ou imprimer la feuille de route.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>No section ticked: nothing to export or print.</source>
            <translation>Aucune section cochée : rien à exporter ni à imprimer.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Laying out the roadmap…</source>
            <translation>Mise en page de la feuille de route…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export roadmap</source>
            <translation>Exporter la feuille de route</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap was sent to the printer.</source>
            <translation>La feuille de route a été envoyée à l’imprimante.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section to see the roadmap.</source>
            <translation>Cochez au moins une section pour voir la feuille de route.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n page(s) on {paper} paper.</source>
            <translation>
                <numerusform>%n page au format {paper}.</numerusform>
                <numerusform>%n pages au format {paper}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap written to {path}.</source>
            <translation>Feuille de route enregistrée dans {path}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print roadmap</source>
            <translation>Imprimer la feuille de route</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Wait for the preview, then print it.</source>
            <translation>Attendez l’aperçu, puis imprimez-le.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be laid out ({problem}).</source>
            <translation>La mise en page de la feuille de route a échoué ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section first.</source>
            <translation>Cochez d’abord au moins une section.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be written to {path} ({reason}). Nothing was written there; choose another folder or close the file if another program has it open.</source>
            <translation>La feuille de route n’a pas pu être écrite dans {path} ({reason}). Rien n’y a été écrit ; choisissez un autre dossier, ou fermez le fichier si un autre programme l’a ouvert.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revision {number}: {title} ({date})</source>
            <translation>Révision {number} : {title} ({date})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{name} is not a PNG or JPEG picture; the cover keeps no logo.</source>
            <translation>{name} n’est pas une image PNG ou JPEG ; la couverture reste sans logo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>roadmap</source>
            <translation>feuille-de-route</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n character(s) no bundled font has print as �: {characters}.</source>
            <translation>
                <numerusform>%n caractère qu’aucune police fournie ne contient s’imprime comme � : {characters}.</numerusform>
                <numerusform>%n caractères qu’aucune police fournie ne contient s’impriment comme � : {characters}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>{path} est illisible ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>◀ Previous page</source>
            <translation>◀ Page précédente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Next page ▶</source>
            <translation>Page suivante ▶</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Fit wi&amp;dth</source>
            <translation>&amp;Largeur de la page</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Fit p&amp;age</source>
            <translation>Pa&amp;ge entière</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>The whole page in view</source>
            <translation>La page entière visible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>The preview appears here.</source>
            <translation>L’aperçu s’affiche ici.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>whole page</source>
            <translation>page entière</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Page as wide as the preview ({modifier}+wheel zooms)</source>
            <translation>La page aussi large que l’aperçu ({modifier}+molette pour zoomer)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>of {count}</source>
            <translation>sur {count}</translation>
        </message>
    </context>
    <context>
        <name>swot_board</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a strength, press {key}</source>
            <translation>Saisissez une force, appuyez sur {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a weakness, press {key}</source>
            <translation>Saisissez une faiblesse, appuyez sur {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type an opportunity, press {key}</source>
            <translation>Saisissez une opportunité, appuyez sur {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a threat, press {key}</source>
            <translation>Saisissez une menace, appuyez sur {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New strength</source>
            <translation>Nouvelle force</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New weakness</source>
            <translation>Nouvelle faiblesse</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New opportunity</source>
            <translation>Nouvelle opportunité</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New threat</source>
            <translation>Nouvelle menace</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n carte sur le tableau</numerusform>
                <numerusform>%n cartes sur le tableau</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Read-only: cards cannot be added</source>
            <translation>Lecture seule : impossible d’ajouter des cartes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>rank {rank}</source>
            <translation>rang {rank}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>Dropped</source>
            <translation>Écartée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>+%n merged: “{text}”</source>
            <translation>
                <numerusform>+%n fusionnée : « {text} »</numerusform>
                <numerusform>+%n fusionnées : « {text} »</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>%n card(s) merged into it</source>
            <translation>
                <numerusform>%n carte fusionnée avec elle</numerusform>
                <numerusform>%n cartes fusionnées avec elle</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>dropped from the board</source>
            <translation>écartée du tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>a top priority</source>
            <translation>une priorité</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>rang {rank}, %n gommette</numerusform>
                <numerusform>rang {rank}, %n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>themes: {themes}</source>
            <translation>thèmes : {themes}</translation>
        </message>
    </context>
    <context>
        <name>swot_import</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Tableurs (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>The file is not in UTF-8, so it was read as Windows-1252: check accented letters in the preview.</source>
            <translation>Le fichier n’est pas en UTF-8 ; il a donc été lu en Windows-1252 : vérifiez les lettres accentuées dans l’aperçu.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} cannot be imported ({code}).</source>
            <translation>La ligne {row} ne peut pas être importée ({code}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} is already on the board under {quadrant}.</source>
            <translation>La ligne {row} est déjà au tableau, dans {quadrant}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>“{file}” cannot be imported: {detail}. Nothing was added to the plan.</source>
            <translation>« {file} » ne peut pas être importé : {detail}. Rien n’a été ajouté au plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>S: Skilled knitters
W: No common brand
Fortaleza: …
or plain lines</source>
            <translation>S: Tricoteuses qualifiées
Faiblesse: Pas de marque commune
Menace: …
ou des lignes simples</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>nowhere: skip them</source>
            <translation>nulle part : les ignorer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Rows that will be left out</source>
            <translation>Lignes qui seront exclues</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Check what will be added. The cards go to the end of their quadrants; one Undo takes the whole import back.</source>
            <translation>Vérifiez ce qui sera ajouté. Les cartes vont à la fin de leur quadrant ; une seule annulation reprend toute l’importation.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Paste SWOT lines</source>
            <translation>Coller des lignes FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>One card per line. Start a line with its quadrant (S:, W:, O:, T:, or Fortaleza:, Menace: …), or choose where plain lines go.</source>
            <translation>Une carte par ligne. Commencez la ligne par son quadrant (S:, W:, O:, T:, ou Force:, Menace: …), ou choisissez où vont les lignes simples.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) will be added.</source>
            <translation>
                <numerusform>%n carte sera ajoutée.</numerusform>
                <numerusform>%n cartes seront ajoutées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) already on the board will be skipped.</source>
            <translation>
                <numerusform>%n ligne déjà au tableau sera ignorée.</numerusform>
                <numerusform>%n lignes déjà au tableau seront ignorées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Also import the %n row(s) already on the board</source>
            <translation>
                <numerusform>Importer aussi %n ligne déjà au tableau</numerusform>
                <numerusform>Importer aussi les %n lignes déjà au tableau</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Importer uniquement %n ligne valide</numerusform>
                <numerusform>Importer uniquement les %n lignes valides</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>&amp;Import %n card(s)</source>
            <translation>
                <numerusform>&amp;Importer %n carte</numerusform>
                <numerusform>&amp;Importer %n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Imported %n card(s). Undo takes them all back.</source>
            <translation>
                <numerusform>%n carte importée. Annuler la reprend.</numerusform>
                <numerusform>%n cartes importées. Annuler les reprend toutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} has no statement.</source>
            <translation>La ligne {row} n’a pas d’énoncé.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row}: “{value}” is not a quadrant — use S, W, O, T or their names.</source>
            <translation>Ligne {row} : « {value} » n’est pas un quadrant — utilisez S, W, O, T ou leurs noms.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Line {row} (“{text}”) has no quadrant: start it with S:, W:, O: or T:, or choose a quadrant for plain lines.</source>
            <translation>La ligne {row} (« {text} ») n’a pas de quadrant : commencez-la par S:, W:, O: ou T:, ou choisissez un quadrant pour les lignes simples.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} names no quadrant — put S, W, O or T in its quadrant column.</source>
            <translation>La ligne {row} n’indique aucun quadrant — mettez S, W, O ou T dans sa colonne de quadrant.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} holds a formula without a computed value ({formula}): open and save the workbook in Excel or LibreOffice, then import it again.</source>
            <translation>La ligne {row} contient une formule sans valeur calculée ({formula}) : ouvrez et enregistrez le classeur dans Excel ou LibreOffice, puis importez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Line {row} is already on the board under {quadrant}.</source>
            <translation>La ligne {row} est déjà au tableau, dans {quadrant}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Lines without S:, W:, O: or T: go to</source>
            <translation>Les lignes sans S:, W:, O: ou T: vont dans</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import SWOT items from “{file}”</source>
            <translation>Importer des éléments FFOM depuis « {file} »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) can be added; {problems}</source>
            <translation>
                <numerusform>%n carte peut être ajoutée ; {problems}</numerusform>
                <numerusform>%n cartes peuvent être ajoutées ; {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) have problems.</source>
            <translation>
                <numerusform>%n ligne pose problème.</numerusform>
                <numerusform>%n lignes posent problème.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Q{quarter} {year}</source>
            <translation>T{quarter} {year}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Q{quarter}</source>
            <translation>T{quarter}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>W{week}</source>
            <translation>S{week}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>done</source>
            <translation>atteint</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>not yet done</source>
            <translation>pas encore atteint</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead</source>
            <translation>Sans chef de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No category</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead yet</source>
            <translation>Pas encore de chef de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{title}
{date}, {state}</source>
            <translation>{title}
{date}, {state}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{predecessor} → {successor}: {kind}</source>
            <translation>{predecessor} → {successor} : {kind}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lag: %n day(s)</source>
            <translation>
                <numerusform>Décalage : %n jour</numerusform>
                <numerusform>Décalage : %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Broken: the successor is %n day(s) early</source>
            <translation>
                <numerusform>Lien non respecté : le successeur a %n jour d’avance</numerusform>
                <numerusform>Lien non respecté : le successeur a %n jours d’avance</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{status}, {progress} done</source>
            <translation>{status}, {progress} réalisé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lead: {name}</source>
            <translation>Chef de file : {name}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Adopted: {start} to {end}</source>
            <translation>Dates adoptées : du {start} au {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) later than adopted</source>
            <translation>
                <numerusform>Fin %n jour plus tard que dans la version adoptée</numerusform>
                <numerusform>Fin %n jours plus tard que dans la version adoptée</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) earlier than adopted</source>
            <translation>
                <numerusform>Fin %n jour plus tôt que dans la version adoptée</numerusform>
                <numerusform>Fin %n jours plus tôt que dans la version adoptée</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Timeline chart</source>
            <translation>Diagramme du chronogramme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Objectives and actions</source>
            <translation>Objectifs et actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>The action plan's timeline</source>
            <translation>Le chronogramme du plan d’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>{cluster}: timeline, {date}</source>
            <translation>{cluster} : chronogramme, {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Weeks</source>
            <translation>&amp;Semaines</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Months</source>
            <translation>&amp;Mois</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Quarters</source>
            <translation>&amp;Trimestres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Years</source>
            <translation>A&amp;nnées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Lead organisation</source>
            <translation>Organisation cheffe de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline</source>
            <translation>Chronogramme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to plan</source>
            <translation>Ajuster au plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Go to today</source>
            <translation>Aller à aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG…</source>
            <translation>Exporter le chronogramme en PNG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG…</source>
            <translation>Exporter le chronogramme en SVG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to pla&amp;n</source>
            <translation>Ajuster au &amp;plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Today</source>
            <translation>Au&amp;jourd’hui</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Scroll to today</source>
            <translation>Faire défiler jusqu’à aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Colour by</source>
            <translation>Colorer par</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Colour by</source>
            <translation>&amp;Colorer par</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Move &amp;successors along</source>
            <translation>Déca&amp;ler les successeurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>When a bar moves later, the actions that wait for it move later too</source>
            <translation>Quand une barre est déplacée plus tard, les actions qui en dépendent sont décalées aussi</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show baseline</source>
            <translation>Afficher la référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export &amp;PNG…</source>
            <translation>E&amp;xporter en PNG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export SV&amp;G…</source>
            <translation>Exporter en SV&amp;G…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG</source>
            <translation>Exporter le chronogramme en PNG</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG</source>
            <translation>Exporter le chronogramme en SVG</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>PNG pictures (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dessins SVG (*.svg)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Available once the plan has an adopted revision (Review step)</source>
            <translation>Disponible une fois que le plan a une révision adoptée (étape Revue)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n without dates</source>
            <translation>
                <numerusform>%n sans dates</numerusform>
                <numerusform>%n sans dates</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the whole plan across the chart ({keys})</source>
            <translation>Afficher tout le plan sur la largeur du diagramme ({keys})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline saved as {path}</source>
            <translation>Chronogramme enregistré sous {path}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the dates of revision {number} under each bar, to see what slipped</source>
            <translation>Afficher les dates de la révision {number} sous chaque barre, pour voir ce qui a glissé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Adopted dates (revision {number})</source>
            <translation>Dates adoptées (révision {number})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the chart in {unit}</source>
            <translation>Afficher le diagramme en {unit}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>from {start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>{plan} timeline</source>
            <translation>Chronogramme {plan}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>At this zoom the chart would be a picture of {width} × {height} pixels, too large to open or print, so nothing was written. Zoom out (Fit or Years) for a picture, or export it as SVG, which has no size limit.</source>
            <translation>À ce zoom, le graphique serait une image de {width} × {height} pixels, trop grande pour être ouverte ou imprimée : rien n’a été écrit. Dézoomez (Ajuster ou Années) pour obtenir une image, ou exportez-le en SVG, sans limite de taille.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>The chart could not be saved as {path} ({reason}). Nothing was written there; choose another folder, or free some space, and try again.</source>
            <translation>Le diagramme n’a pas pu être enregistré sous {path} ({reason}). Rien n’y a été écrit ; choisissez un autre dossier, ou libérez de l’espace, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>vision_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>No vote counts recorded</source>
            <translation>Aucun décompte des votes enregistré</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n for</source>
            <translation>
                <numerusform>%n pour</numerusform>
                <numerusform>%n pour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n against</source>
            <translation>
                <numerusform>%n contre</numerusform>
                <numerusform>%n contre</numerusform>
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
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>No vision adopted yet. Compare the drafts, then record the meeting's decision with “Adopt a draft…”.</source>
            <translation>Aucune vision adoptée pour l’instant. Comparez les projets, puis enregistrez la décision de la réunion avec « Adopter un projet… ».</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number}, in force since {date}</source>
            <translation>Version {number}, en vigueur depuis le {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number}, adopted on {date} (replaced since)</source>
            <translation>Version {number}, adoptée le {date} (remplacée depuis)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Adopted versions</source>
            <translation>Versions adoptées</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Adopt a draft…</source>
            <translation>Adopter un projet…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Start a new draft from this version</source>
            <translation>Commencer un nouveau projet à partir de cette version</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Unknown</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>None recorded</source>
            <translation>Aucune consignée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Revision of version {number}</source>
            <translation>Révision de la version {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number} · {date}</source>
            <translation>Version {number} · {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>in force</source>
            <translation>en vigueur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Adopt a draft as the next version of the vision</source>
            <translation>Adopter un projet comme prochaine version de la vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Taken from the drafts' votes: change it if the adoption was voted on its own</source>
            <translation>Repris des votes des projets : modifiez-le si l’adoption a été votée à part</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>e.g. Draft A adopted, with Draft B's inclusion target</source>
            <translation>p. ex. Projet A adopté, avec la cible d’inclusion du projet B</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Who disagreed, and what they asked for</source>
            <translation>Qui a exprimé un désaccord, et ce qui a été demandé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Adopt</source>
            <translation>Adopter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Close without adopting</source>
            <translation>Fermer sans adopter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>There is no draft to adopt yet.</source>
            <translation>Il n’y a pas encore de projet à adopter.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>A vision is adopted at a recorded meeting: add the meeting in the Cluster step first.</source>
            <translation>Une vision est adoptée lors d’une réunion enregistrée : ajoutez d’abord la réunion à l’étape Cluster.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>No votes counted yet</source>
            <translation>Aucun vote décompté pour l’instant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Drafts side by side</source>
            <translation>Projets côte à côte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Tick two or three drafts in the list to compare them here.</source>
            <translation>Cochez deux ou trois projets dans la liste pour les comparer ici.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>No votes counted yet between these drafts.</source>
            <translation>Aucun vote décompté pour l’instant entre ces projets.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>{counted}; phones still voting</source>
            <translation>{counted} ; les téléphones votent encore</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>{total} ({hall} in the hall, {phones} from phones)</source>
            <translation>{total} ({hall} dans la salle, {phones} des téléphones)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Draws on no vision element yet</source>
            <translation>Ne s’appuie encore sur aucun élément de vision</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Tied: {titles} have %n vote(s) each.</source>
            <translation>
                <numerusform>Égalité : {titles} ont chacun %n vote.</numerusform>
                <numerusform>Égalité : {titles} ont chacun %n votes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>“{title}” leads with %n vote(s) against {other}.</source>
            <translation>
                <numerusform>« {title} » est en tête avec %n vote contre {other}.</numerusform>
                <numerusform>« {title} » est en tête avec %n votes contre {other}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Draws on: {elements}</source>
            <translation>S’appuie sur : {elements}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>★ Leading</source>
            <translation>★ En tête</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>★ Tied for the lead</source>
            <translation>★ À égalité en tête</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Firms selling under the common brand</source>
            <translation>p. ex. Entreprises vendant sous la marque commune</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. firms, USD, people</source>
            <translation>p. ex. entreprises, USD, personnes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Diagnostic study 2025</source>
            <translation>p. ex. Étude diagnostique 2025</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Customs records, firm survey</source>
            <translation>p. ex. Registres des douanes, enquête auprès des entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Yearly</source>
            <translation>p. ex. Annuelle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Save indicator</source>
            <translation>Enregistrer l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>— typed below —</source>
            <translation>— saisie ci-dessous —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Baseline from the profile</source>
            <translation>Référence tirée du profil</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Change the indicator</source>
            <translation>Modifier l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>A new indicator for this objective</source>
            <translation>Un nouvel indicateur pour cet objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>{field} was not saved: “{text}” is not a number.</source>
            <translation>{field} : valeur non enregistrée ; « {text} » n’est pas un nombre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicateur</numerusform>
                <numerusform>%n indicateurs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>⚠ Not measurable yet: no indicator</source>
            <translation>⚠ Pas encore mesurable : aucun indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Delete objective</source>
            <translation>Supprimer l’objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>e.g. Open export channels to Colombia and Peru</source>
            <translation>p. ex. Ouvrir des circuits d’exportation vers la Colombie et le Pérou</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Vision elements it carries</source>
            <translation>Éléments de vision qu’il porte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Strategic options it carries</source>
            <translation>Options stratégiques qu’il porte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Save objective</source>
            <translation>Enregistrer l’objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Discard changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Indicators of the objective</source>
            <translation>Indicateurs de l’objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Add indicator</source>
            <translation>Ajouter un indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Change indicator</source>
            <translation>Modifier l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Delete indicator</source>
            <translation>Supprimer l’indicateur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Baseline (date, source)</source>
            <translation>Valeur de référence (date, source)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Target (date)</source>
            <translation>Cible (date)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Strategic objectives</source>
            <translation>Objectifs stratégiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>A new objective</source>
            <translation>Un nouvel objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>{keys} in the title</source>
            <translation>{keys} dans le titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>{code}: change the objective</source>
            <translation>{code} : modifier l’objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Top items per quadrant</source>
            <translation>Éléments prioritaires par quadrant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Each objective lists the actions that carry it; actions are planned on the Action plan page. Dropped actions answer nothing.</source>
            <translation>Chaque objectif liste les actions qui le portent ; les actions se planifient sur la page Plan d’action. Les actions abandonnées ne répondent à rien.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Why is each objective here?</source>
            <translation>Pourquoi chaque objectif est-il là ?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Where do the top priorities lead?</source>
            <translation>Où mènent les principales priorités ?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n objective(s) with no action yet.</source>
            <translation>
                <numerusform>⚠ %n objectif n’a pas encore d’action.</numerusform>
                <numerusform>⚠ %n objectifs n’ont pas encore d’action.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Top priorities and what answers them</source>
            <translation>Principales priorités et ce qui y répond</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>SWOT {code}  {statement}</source>
            <translation>FFOM {code}  {statement}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Option {code}  {statement}</source>
            <translation>Option {code}  {statement}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Vision element: {name}</source>
            <translation>Élément de vision : {name}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Objective {code}  {title}</source>
            <translation>Objectif {code}  {title}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Action {code}  {title}</source>
            <translation>Action {code}  {title}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>No voting round revealed yet: the top priorities appear here once the diagnostic's votes are revealed.</source>
            <translation>Aucun tour de vote dévoilé pour l’instant : les principales priorités apparaissent ici une fois les votes du diagnostic dévoilés.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n top priority(ies) not answered by any objective yet.</source>
            <translation>
                <numerusform>⚠ Aucun objectif ne répond encore à %n des principales priorités.</numerusform>
                <numerusform>⚠ Aucun objectif ne répond encore à %n des principales priorités.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ Not answered by any objective yet</source>
            <translation>⚠ Aucun objectif n’y répond encore</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Every top priority is answered by at least one objective.</source>
            <translation>Au moins un objectif répond à chacune des principales priorités.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>{item} · rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>{item} · rang {rank}, %n gommette</numerusform>
                <numerusform>{item} · rang {rank}, %n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Not traced yet: tick its vision elements or options</source>
            <translation>Pas encore relié : cochez ses éléments de vision ou ses options</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>— not answered yet</source>
            <translation>— pas encore de réponse</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ {objective} — no action yet</source>
            <translation>⚠ {objective} — pas encore d’action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>No option uses it yet</source>
            <translation>Aucune option ne l’utilise encore</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. a recognised brand of quality knitwear in export markets</source>
            <translation>p. ex. une marque reconnue de tricots de qualité sur les marchés d’exportation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. cluster firms raise their sales by 30 %</source>
            <translation>p. ex. les entreprises du cluster augmentent leurs ventes de 30 %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. at least 250 poor weaver families raise their turnover by 20 % (poor households, women, youth)</source>
            <translation>p. ex. au moins 250 familles pauvres de tisserands augmentent leur chiffre d’affaires de 20 % (ménages pauvres, femmes, jeunes)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. workshops cut their energy use and keep workers safe</source>
            <translation>p. ex. les ateliers réduisent leur consommation d’énergie et protègent leurs travailleurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. Draft C: exports first</source>
            <translation>p. ex. Projet C : priorité aux exportations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Use proposal</source>
            <translation>Reprendre la proposition</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Copy the proposed statement into the statement box</source>
            <translation>Copier l’énoncé proposé dans la zone de l’énoncé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>The statement the room will vote on: type it, or start from the proposal</source>
            <translation>L’énoncé sur lequel la salle votera : saisissez-le, ou partez de la proposition</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>It draws on these vision elements</source>
            <translation>Il s’appuie sur ces éléments de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Save draft</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Proposed statement</source>
            <translation>Énoncé proposé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Statement (edit freely)</source>
            <translation>Énoncé (librement modifiable)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>The proposal has every part a cluster vision needs.</source>
            <translation>La proposition contient toutes les composantes d’une vision de cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>A new draft</source>
            <translation>Un nouveau projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Untitled draft</source>
            <translation>Projet sans titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Draft {number}</source>
            <translation>Projet {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>A complete vision still needs: {parts}.</source>
            <translation>Pour être complète, la vision doit encore comporter : {parts}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Change “{title}”</source>
            <translation>Modifier « {title} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Drafts</source>
            <translation>Projets</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>New draft</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Change draft</source>
            <translation>Modifier le projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Delete draft</source>
            <translation>Supprimer le projet</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Votes for the selected draft</source>
            <translation>Votes sur le projet sélectionné</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Tick up to three drafts to compare them. Space ticks.</source>
            <translation>Cochez jusqu’à trois projets pour les comparer. La barre d’espace coche.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Vision elements</source>
            <translation>Éléments de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>New element</source>
            <translation>Nouvel élément</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Delete element</source>
            <translation>Supprimer l’élément</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>e.g. “A recognised brand in export markets”</source>
            <translation>p. ex. « Une marque reconnue sur les marchés d’exportation »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Comes from these strategic options</source>
            <translation>Issu de ces options stratégiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>…and these SWOT items</source>
            <translation>…et de ces éléments FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Save element</source>
            <translation>Enregistrer l’élément</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Change the element</source>
            <translation>Modifier l’élément</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>A new vision element</source>
            <translation>Un nouvel élément de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Vision and strategic objectives</source>
            <translation>Vision et objectifs stratégiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>E&amp;lements</source>
            <translation>É&amp;léments</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Drafts</source>
            <translation>&amp;Projets</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Adopted vision</source>
            <translation>&amp;Vision adoptée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Objectives</source>
            <translation>&amp;Objectifs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Traceability</source>
            <translation>&amp;Traçabilité</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Change…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objectif</numerusform>
                <numerusform>%n objectifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>The objective and its %n action(s) were deleted, with their partners, milestones and budget lines. Edit ▸ Undo brings them all back.</source>
            <translation>
                <numerusform>L’objectif et %n action ont été supprimés, avec les partenaires, les jalons et les lignes budgétaires de l’action. Édition ▸ Annuler les rétablit.</numerusform>
                <numerusform>L’objectif et ses %n actions ont été supprimés, avec leurs partenaires, jalons et lignes budgétaires. Édition ▸ Annuler rétablit le tout.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>No vision adopted yet</source>
            <translation>Aucune vision adoptée pour l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n not measurable yet</source>
            <translation>
                <numerusform>%n pas encore mesurable</numerusform>
                <numerusform>%n pas encore mesurables</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Vision version {number} in force</source>
            <translation>Version {number} de la vision en vigueur</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Markets</source>
            <translation>Marchés</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Production &amp; technology</source>
            <translation>Production et technologie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Raw materials</source>
            <translation>Matières premières</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Infrastructure</source>
            <translation>Infrastructures</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutions &amp; governance</source>
            <translation>Institutions et gouvernance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy</source>
            <translation>Politiques publiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social &amp; gender</source>
            <translation>Social et genre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint purchase</source>
            <translation>Achat groupé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint marketing / common brand</source>
            <translation>Commercialisation conjointe / marque commune</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Trade fair / buyer-seller meet</source>
            <translation>Salon / rencontre acheteurs-vendeurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Shared equipment / common facility</source>
            <translation>Équipement partagé / installation commune</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / skills</source>
            <translation>Formation / compétences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Study tour / twinning</source>
            <translation>Voyage d’études / jumelage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Design / product development</source>
            <translation>Design / développement de produits</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quality, testing, certification</source>
            <translation>Qualité, essais, certification</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Technology, energy, cleaner production</source>
            <translation>Technologie, énergie, production plus propre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance / credit linkage</source>
            <translation>Financement / accès au crédit</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business services linkage</source>
            <translation>Accès aux services aux entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social protection / occupational safety</source>
            <translation>Protection sociale / sécurité au travail</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institution building (network, consortium, association)</source>
            <translation>Renforcement institutionnel (réseau, consortium, association)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy dialogue</source>
            <translation>Dialogue sur les politiques publiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Main products</source>
            <translation>Principaux produits</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Town</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon from</source>
            <translation>Début de l’horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon to</source>
            <translation>Fin de l’horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Figure</source>
            <translation>Donnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>As of</source>
            <translation>À la date du</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Acronym</source>
            <translation>Sigle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Stakeholder type</source>
            <translation>Type d’acteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Size class</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women-led</source>
            <translation>Dirigée par des femmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission</source>
            <translation>Commission du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee</source>
            <translation>Comité de pilotage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Facilitator</source>
            <translation>Facilitateur/trice</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Statement</source>
            <translation>Énoncé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dots per voter</source>
            <translation>Gommettes par votant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Voters</source>
            <translation>Votants</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SWOT items used</source>
            <translation>Éléments FFOM utilisés</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Card to keep</source>
            <translation>Carte à conserver</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cards to merge</source>
            <translation>Cartes à fusionner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic options</source>
            <translation>Options stratégiques</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision elements</source>
            <translation>Éléments de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Market positioning</source>
            <translation>Positionnement sur le marché</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon year</source>
            <translation>Année d’horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Economic target</source>
            <translation>Cible économique</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Inclusion target</source>
            <translation>Cible d’inclusion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environmental or social commitment</source>
            <translation>Engagement environnemental ou social</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Decision rule</source>
            <translation>Règle de décision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes for</source>
            <translation>Votes pour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes against</source>
            <translation>Votes contre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Abstentions</source>
            <translation>Abstentions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dissent</source>
            <translation>Opinions divergentes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Next review</source>
            <translation>Prochaine revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline</source>
            <translation>Valeur de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline date</source>
            <translation>Date de référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline source</source>
            <translation>Source de la référence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target date</source>
            <translation>Date cible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Means of verification</source>
            <translation>Moyen de vérification</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Frequency</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Responsible organisation</source>
            <translation>Organisation responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline taken from</source>
            <translation>Référence tirée de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Network type</source>
            <translation>Type de réseau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead organisation</source>
            <translation>Organisation cheffe de file</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Risks and assumptions</source>
            <translation>Risques et hypothèses</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Addresses women's constraints</source>
            <translation>Répond aux contraintes des femmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Firms</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Young people</source>
            <translation>Jeunes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Poor households</source>
            <translation>Ménages pauvres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent so far</source>
            <translation>Dépensé à ce jour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Drop reason</source>
            <translation>Motif d’abandon</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual start</source>
            <translation>Début réel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual end</source>
            <translation>Fin réelle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Measured on</source>
            <translation>Mesurée le</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Waits for</source>
            <translation>Dépend de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lag (days)</source>
            <translation>Décalage (jours)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cost lines</source>
            <translation>Lignes de coût</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merged into</source>
            <translation>Fusionnée dans</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add baseline figure “{name}”</source>
            <translation>Ajouter la donnée de référence « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change baseline figure “{name}”</source>
            <translation>Modifier la donnée de référence « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete baseline figure “{name}”</source>
            <translation>Supprimer la donnée de référence « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add organisation “{name}”</source>
            <translation>Ajouter l’organisation « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change organisation “{name}”</source>
            <translation>Modifier l’organisation « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete organisation “{name}”</source>
            <translation>Supprimer l’organisation « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add person “{name}”</source>
            <translation>Ajouter la personne « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change person “{name}”</source>
            <translation>Modifier la personne « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete person “{name}”</source>
            <translation>Supprimer la personne « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add meeting “{name}”</source>
            <translation>Ajouter la réunion « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change meeting “{name}”</source>
            <translation>Modifier la réunion « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete meeting “{name}”</source>
            <translation>Supprimer la réunion « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add SWOT item “{name}”</source>
            <translation>Ajouter l’élément FFOM « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change SWOT item “{name}”</source>
            <translation>Modifier l’élément FFOM « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move SWOT item “{name}”</source>
            <translation>Déplacer l’élément FFOM « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merge duplicates into “{name}”</source>
            <translation>Fusionner les doublons dans « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Separate “{name}” again</source>
            <translation>Séparer à nouveau « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete SWOT item “{name}”</source>
            <translation>Supprimer l’élément FFOM « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Accept the idea “{name}” from a phone</source>
            <translation>Accepter l’idée « {name} » d’un téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merge the idea “{name}” from a phone</source>
            <translation>Fusionner l’idée « {name} » d’un téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Drop the idea “{name}” from a phone</source>
            <translation>Écarter l’idée « {name} » d’un téléphone</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rename theme “{name}”</source>
            <translation>Renommer le thème « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Import {name} SWOT items</source>
            <translation>Importer {name} éléments FFOM</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add voting round “{name}”</source>
            <translation>Ajouter le tour de vote « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change voting round “{name}”</source>
            <translation>Modifier le tour de vote « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete voting round “{name}”</source>
            <translation>Supprimer le tour de vote « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enter votes for “{name}”</source>
            <translation>Saisir les votes pour « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add strategic option “{name}”</source>
            <translation>Ajouter l’option stratégique « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change strategic option “{name}”</source>
            <translation>Modifier l’option stratégique « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete strategic option “{name}”</source>
            <translation>Supprimer l’option stratégique « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision element “{name}”</source>
            <translation>Ajouter l’élément de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision element “{name}”</source>
            <translation>Modifier l’élément de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision element “{name}”</source>
            <translation>Supprimer l’élément de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision draft “{name}”</source>
            <translation>Ajouter le projet de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision draft “{name}”</source>
            <translation>Modifier le projet de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision draft “{name}”</source>
            <translation>Supprimer le projet de vision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt “{name}” as the vision</source>
            <translation>Adopter « {name} » comme vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add objective “{name}”</source>
            <translation>Ajouter l’objectif « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change objective “{name}”</source>
            <translation>Modifier l’objectif « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete objective “{name}”</source>
            <translation>Supprimer l’objectif « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add an indicator to “{name}”</source>
            <translation>Ajouter un indicateur à « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change indicator “{name}”</source>
            <translation>Modifier l’indicateur « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete indicator “{name}”</source>
            <translation>Supprimer l’indicateur « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add action “{name}”</source>
            <translation>Ajouter l’action « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change action “{name}”</source>
            <translation>Modifier l’action « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete action “{name}”</source>
            <translation>Supprimer l’action « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move action “{name}”</source>
            <translation>Déplacer l’action « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reschedule “{name}”</source>
            <translation>Reprogrammer « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Renumber the actions of “{name}”</source>
            <translation>Renuméroter les actions de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a partner to “{name}”</source>
            <translation>Ajouter un partenaire à « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a partner of “{name}”</source>
            <translation>Modifier un partenaire de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove a partner from “{name}”</source>
            <translation>Retirer un partenaire de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a milestone to “{name}”</source>
            <translation>Ajouter un jalon à « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a milestone of “{name}”</source>
            <translation>Modifier un jalon de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a milestone of “{name}”</source>
            <translation>Supprimer un jalon de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a cost line to “{name}”</source>
            <translation>Ajouter une ligne de coût à « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a cost line of “{name}”</source>
            <translation>Modifier une ligne de coût de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a cost line of “{name}”</source>
            <translation>Supprimer une ligne de coût de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Link “{name}”</source>
            <translation>Lier « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change the link to “{name}”</source>
            <translation>Modifier le lien vers « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove the link to “{name}”</source>
            <translation>Supprimer le lien vers « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Report progress on “{name}”</source>
            <translation>Rendre compte de l’avancement de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a progress report on “{name}”</source>
            <translation>Modifier un rapport d’avancement de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a progress report on “{name}”</source>
            <translation>Supprimer un rapport d’avancement de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Record a value of “{name}”</source>
            <translation>Enregistrer une valeur de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a value of “{name}”</source>
            <translation>Modifier une valeur de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a value of “{name}”</source>
            <translation>Supprimer une valeur de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review notes on “{name}”</source>
            <translation>Notes de revue sur « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt revision “{name}”</source>
            <translation>Adopter la révision « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Restore revision {name} as the plan</source>
            <translation>Restaurer la révision {name} comme plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change “{name}”</source>
            <translation>Modifier « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enterprise</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business association</source>
            <translation>Association professionnelle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cooperative / producer group</source>
            <translation>Coopérative / groupement de producteurs</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>BDS provider</source>
            <translation>Prestataire de SDE</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank / financial service provider</source>
            <translation>Banque / institution financière</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Public authority</source>
            <translation>Administration publique</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / research institution</source>
            <translation>Institution de formation / de recherche</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>NGO / civil society</source>
            <translation>ONG / société civile</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor / international organisation</source>
            <translation>Bailleur de fonds / organisation internationale</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead firm / buyer</source>
            <translation>Entreprise motrice / acheteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro</source>
            <translation>Micro</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small</source>
            <translation>Petite</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>No seat</source>
            <translation>Sans siège</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Chair</source>
            <translation>Président(e)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vice-chair</source>
            <translation>Vice-président(e)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secretary</source>
            <translation>Secrétaire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Observer</source>
            <translation>Observateur/trice</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Diagnostic workshop</source>
            <translation>Atelier de diagnostic</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Validation workshop</source>
            <translation>Atelier de validation</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision workshop</source>
            <translation>Atelier de vision</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action planning workshop</source>
            <translation>Atelier de planification des actions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission meeting</source>
            <translation>Réunion de la Commission du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee meeting</source>
            <translation>Réunion du Comité de pilotage</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review meeting</source>
            <translation>Réunion de revue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other meeting</source>
            <translation>Autre réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro firms</source>
            <translation>Microentreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small firms</source>
            <translation>Petites entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium firms</source>
            <translation>Moyennes entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large firms</source>
            <translation>Grandes entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, women</source>
            <translation>Emplois, femmes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, men</source>
            <translation>Emplois, hommes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Turnover</source>
            <translation>Chiffre d’affaires</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Exports</source>
            <translation>Exportations</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strengths</source>
            <translation>Forces</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Weaknesses</source>
            <translation>Faiblesses</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Opportunities</source>
            <translation>Opportunités</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Threats</source>
            <translation>Menaces</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On the board</source>
            <translation>Sur le tableau</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merged</source>
            <translation>Fusionnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <translation>Écartée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SO: use strengths to seize opportunities</source>
            <translation>SO : utiliser les forces pour saisir les opportunités</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>ST: use strengths to counter threats</source>
            <translation>ST : utiliser les forces pour contrer les menaces</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WO: overcome weaknesses through opportunities</source>
            <translation>WO : surmonter les faiblesses grâce aux opportunités</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WT: reduce weaknesses and avoid threats</source>
            <translation>WT : réduire les faiblesses et éviter les menaces</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Consensus</source>
            <translation>Consensus</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Simple majority</source>
            <translation>Majorité simple</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Two-thirds majority</source>
            <translation>Majorité des deux tiers</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other rule</source>
            <translation>Autre règle</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizontal: among firms</source>
            <translation>Horizontal : entre entreprises</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vertical: firms with institutions</source>
            <translation>Vertical : entreprises et institutions</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutional</source>
            <translation>Institutionnel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pilot (quick win)</source>
            <translation>Pilote (gain rapide)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Short-term</source>
            <translation>Court terme</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic</source>
            <translation>Stratégique</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Proposed</source>
            <translation>Proposée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Completed</source>
            <translation>Achevée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delayed</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On hold</source>
            <translation>Suspendue</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <comment>action status</comment>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cash</source>
            <translation>Numéraire</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In kind</source>
            <translation>En nature</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Staff days</source>
            <translation>Jours de personnel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Not stated yet</source>
            <translation>Pas encore précisé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster firms</source>
            <translation>Entreprises du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Government</source>
            <translation>Pouvoirs publics</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor</source>
            <translation>Bailleur de fonds</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank</source>
            <translation>Banque</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other source</source>
            <translation>Autre source</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pledged</source>
            <translation>Promis</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secured</source>
            <translation>Acquis</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent</source>
            <translation>Dépensé</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to start</source>
            <translation>Fin à début</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to start</source>
            <translation>Début à début</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to finish</source>
            <translation>Fin à fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to finish</source>
            <translation>Début à fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change {fields} of the cluster profile</source>
            <translation>Modifier {fields} du profil du cluster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reveal the results of “{name}”</source>
            <translation>Dévoiler les résultats de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Hide the results of “{name}”</source>
            <translation>Masquer les résultats de « {name} »</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change attendance of “{name}”</source>
            <translation>Modifier les présences de « {name} »</translation>
        </message>
    </context>
    <context>
        <name>voting_panel</name>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{title} ({date})</source>
            <translation>{title} ({date})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Dots placed from phones (they add up with the votes from paper)</source>
            <translation>Gommettes placées depuis les téléphones (elles s’ajoutent aux votes sur papier)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Voting round</source>
            <translation>Tour de vote</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;New round</source>
            <translation>&amp;Nouveau tour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Open a new dot-voting round at the latest meeting</source>
            <translation>Ouvrir un nouveau tour de vote par gommettes lors de la dernière réunion</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete round</source>
            <translation>Supprimer le tour</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete this round and its tallies (Undo brings it back)</source>
            <translation>Supprimer ce tour et ses décomptes (Annuler le rétablit)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>not counted</source>
            <translation>non compté</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;Reveal results</source>
            <translation>&amp;Dévoiler les résultats</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Top items per quadrant</source>
            <translation>Éléments prioritaires par quadrant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Top </source>
            <translation>Les </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source> per quadrant</source>
            <translation> premiers par quadrant</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide tallies</source>
            <translation>Masquer les décomptes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Collapse the entry tables while the screen is projected, until you reveal</source>
            <translation>Replier les tableaux de saisie pendant la projection, jusqu’au dévoilement</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Tallies are hidden from the audience.</source>
            <translation>Les décomptes sont masqués au public.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Dots per card</source>
            <translation>Gommettes par carte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes by sex and stakeholder type</source>
            <translation>Votes par sexe et type d’acteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>R&amp;ound</source>
            <translation>T&amp;our</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Entered by group (see the breakdown below); typing a total replaces it.</source>
            <translation>Saisi par groupe (voir la ventilation ci-dessous) ; saisir un total la remplace.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Any stakeholder type</source>
            <translation>Tout type d’acteur</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>No voting round yet. Press New round to enter the dots of a vote.</source>
            <translation>Aucun tour de vote pour l’instant. Appuyez sur Nouveau tour pour saisir les gommettes d’un vote.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>A voting round belongs to a meeting: record the meeting on the Cluster step (Meetings tab) first.</source>
            <translation>Un tour de vote appartient à une réunion : enregistrez d’abord la réunion à l’étape Cluster (onglet Réunions).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide &amp;results</source>
            <translation>&amp;Masquer les résultats</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s) entered; enter the number of voters to check the total.</source>
            <translation>
                <numerusform>%n gommette saisie ; saisissez le nombre de votants pour vérifier le total.</numerusform>
                <numerusform>%n gommettes saisies ; saisissez le nombre de votants pour vérifier le total.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show tallies</source>
            <translation>Afficher les décomptes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Select a card above to enter its votes by group.</source>
            <translation>Sélectionnez une carte ci-dessus pour saisir ses votes par groupe.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Q</source>
            <translation>Q</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show ranks on the board ({keys}); press again to hide them</source>
            <translation>Afficher les rangs sur le tableau ({keys}) ; appuyez à nouveau pour les masquer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Type a card's dots and press {key}: the next card is ready for its number.</source>
            <translation>Saisissez les gommettes d’une carte et appuyez sur {key} : la carte suivante attend son nombre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{cast} of %n dot(s) entered ({voters} × {dots}).</source>
            <translation>
                <numerusform>{cast} gommette saisie sur %n ({voters} × {dots}).</numerusform>
                <numerusform>{cast} gommettes saisies sur %n ({voters} × {dots}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n votant</numerusform>
                <numerusform>%n votants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{extra} more dots were entered than {voters} voters could cast. Check the tallies or the number of voters.</source>
            <translation>{extra} gommettes de plus que ce que {voters} votants pouvaient attribuer ont été saisies. Vérifiez les décomptes ou le nombre de votants.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes for “{card}” by group</source>
            <translation>Votes pour « {card} » par groupe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Round {number}</source>
            <translation>Tour {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Deleted the round “{title}”. Undo brings it back.</source>
            <translation>Tour « {title} » supprimé. Annuler le rétablit.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Phones: {dots} from {phones} (counted with the paper).</source>
            <translation>Téléphones : {dots} de {phones} (comptées avec le papier).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n téléphone</numerusform>
                <numerusform>%n téléphones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>welcome_screen</name>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Cluster Planner</source>
            <translation>Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Plan a cluster development initiative with its stakeholders: from the diagnostic and a shared vision to an action plan, a timeline and a roadmap for the Cluster Commission.</source>
            <translation>Planifiez une initiative de développement de cluster avec ses acteurs : du diagnostic et d’une vision partagée à un plan d’action, un chronogramme et une feuille de route pour la Commission du cluster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;New Plan…</source>
            <translation>&amp;Nouveau plan…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation>Ouvrir &amp;le plan de démonstration</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>The demo is the garment cluster of Atuntaqui, Ecuador. Each time you open it you get a fresh copy to try things on.</source>
            <translation>La démo est le cluster de la confection d’Atuntaqui, en Équateur. À chaque ouverture, vous obtenez une copie neuve pour faire vos essais.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Recent plans</source>
            <translation>Plans &amp;récents</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Plans you open appear here, so you can come back to them in one click.</source>
            <translation>Les plans que vous ouvrez apparaissent ici, pour y revenir en un clic.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>{path} (not found)</source>
            <translation>{path} (introuvable)</translation>
        </message>
    </context>
</TS>
