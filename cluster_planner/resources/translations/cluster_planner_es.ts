<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>about_dialog</name>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Vision building and action planning for industrial cluster development initiatives: from the diagnostic to a shared vision, an action plan and a roadmap for the Cluster Commission.</source>
            <translation>Construcción de la visión y planificación de acciones para iniciativas de desarrollo de clústeres industriales: del diagnóstico a una visión compartida, un plan de acción y una hoja de ruta para la Comisión del Clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Python {python}, Qt {qt} and PySide6 {pyside} (LGPL 3)</source>
            <translation>Python {python}, Qt {qt} y PySide6 {pyside} (LGPL 3)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>About Cluster Planner</source>
            <translation>Acerca de Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Cluster Planner</source>
            <translation>Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Free software under the MIT licence: use it, copy it, change it and share it.</source>
            <translation>Software libre bajo la licencia MIT: puede usarlo, copiarlo, modificarlo y compartirlo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Open &amp;Settings Folder</source>
            <translation>Abrir la carpeta de a&amp;justes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Open &amp;Demo Folder</source>
            <translation>Abrir la carpeta de &amp;demostración</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Licence:</source>
            <translation>Licencia:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Fonts:</source>
            <translation>Tipos de letra:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Built with:</source>
            <translation>Hecho con:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Settings:</source>
            <translation>Ajustes:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Demo copies:</source>
            <translation>Copias de demostración:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The licences are legal texts and are given in English.</source>
            <translation>Las licencias son textos legales y se muestran en inglés.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>&amp;About</source>
            <translation>&amp;Acerca de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>&amp;Licences</source>
            <translation>&amp;Licencias</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The roadmaps are printed in {fonts}, under the SIL Open Font License 1.1, which lets them be embedded in the documents.</source>
            <translation>Las hojas de ruta se imprimen con los tipos de letra {fonts}, bajo la licencia SIL Open Font License 1.1, que permite incrustarlos en los documentos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The ten newest copies are kept in {folder}.</source>
            <translation>Se conservan las diez copias más recientes en {folder}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/about_dialog.py" />
            <source>The licence file {file} is missing.</source>
            <translation>Falta el archivo de licencia {file}.</translation>
        </message>
    </context>
    <context>
        <name>action_plan</name>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a date.</source>
            <translation>Se mantuvo {field}: “{text}” no es una fecha.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: type a number.</source>
            <translation>Se mantuvo {field}: escriba un número.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tables.py" />
            <source>{field} was kept: “{text}” is not a number.</source>
            <translation>Se mantuvo {field}: “{text}” no es un número.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Pick one or type your own</source>
            <translation>Elija una o escriba la suya</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>e.g. Joint stand at the national textile fair</source>
            <translation>p. ej., Stand conjunto en la feria textil nacional</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Desc&amp;ription</source>
            <translation>Descri&amp;pción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Categor&amp;y</source>
            <translation>Cate&amp;goría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Network type</source>
            <translation>Tipo de &amp;red</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Hori&amp;zon</source>
            <translation>&amp;Horizonte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Lead organisation</source>
            <translation>Organi&amp;zación líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Stat&amp;us</source>
            <translation>Estad&amp;o</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Pr&amp;ogress</source>
            <translation>Ava&amp;nce</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Why it is dropped (needed once a revision holds it)</source>
            <translation>Por qué se descarta (obligatorio si ya figura en una revisión)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Drop reason</source>
            <translation>Motivo de descarte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Addresses wo&amp;men's constraints</source>
            <translation>Aborda limitaciones de las mu&amp;jeres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>It answers constraints women face in the cluster</source>
            <translation>Aborda las limitaciones que enfrentan las mujeres en el clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— none —</source>
            <translation>— ninguna —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Planned beneficiaries; leave a count empty (a dash) when not known.</source>
            <translation>Beneficiarios previstos; deje un número vacío (un guion) si no se conoce.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Fi&amp;rms</source>
            <translation>Em&amp;presas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>W&amp;omen</source>
            <translation>Muje&amp;res</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Young people</source>
            <translation>&amp;Jóvenes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Poor ho&amp;useholds</source>
            <translation>&amp;Hogares pobres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>What could stop it, and what it takes for granted</source>
            <translation>Lo que podría impedirla y lo que da por sentado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Risks a&amp;nd assumptions</source>
            <translation>Ries&amp;gos y supuestos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Waited for by</source>
            <translation>Esperada por</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>New milestone</source>
            <translation>Nuevo hito</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>e.g. Stand booked</source>
            <translation>p. ej., Stand reservado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Date of the new milestone</source>
            <translation>Fecha del nuevo hito</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Add milestone</source>
            <translation>Añadir hito</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Remove milestone</source>
            <translation>Quitar hito</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Kind of link</source>
            <translation>Tipo de vínculo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source> days lag</source>
            <translation> días de desfase</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Add link</source>
            <translation>Añadir vínculo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Remove link</source>
            <translation>Quitar vínculo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Strategic &amp;options it answers</source>
            <translation>&amp;Opciones estratégicas a las que responde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>SWOT i&amp;tems it answers</source>
            <translation>Elementos FODA a los que &amp;responde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Sta&amp;rt</source>
            <translation>Inici&amp;o</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>E&amp;nd</source>
            <translation>Fi&amp;n</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>&amp;Milestones</source>
            <translation>&amp;Hitos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>New mi&amp;lestone</source>
            <translation>Nuevo hi&amp;to</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Wai&amp;ts for</source>
            <translation>Es&amp;pera a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Wait f&amp;or</source>
            <translation>Espe&amp;rar a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>No action waits for this one.</source>
            <translation>Ninguna acción espera a esta.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Type the milestone's title and date, e.g. 15 Apr 2026.</source>
            <translation>Escriba el título y la fecha del hito, p. ej., 15 abr 2026.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>There is no other action for this one to wait for.</source>
            <translation>No hay otra acción a la que esta pueda esperar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>{kind}, lag %n day(s)</source>
            <translation>
                <numerusform>{kind}, desfase de %n día</numerusform>
                <numerusform>{kind}, desfase de %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_detail_tabs.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Source not said</source>
            <translation>Fuente no indicada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>The lead organisation is set on the General tab.</source>
            <translation>La organización líder se define en la pestaña General.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Amount or days</source>
            <translation>Monto o días</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it brings, e.g. stand design</source>
            <translation>Lo que aporta, p. ej., diseño del stand</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Add partner</source>
            <translation>Añadir socio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Re&amp;move partner</source>
            <translation>Qui&amp;tar socio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it pays for</source>
            <translation>Qué paga</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>What it pays for, e.g. rental</source>
            <translation>Lo que paga, p. ej., alquiler</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Paid by</source>
            <translation>Pagado por</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Add line</source>
            <translation>Añadir línea</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Re&amp;move line</source>
            <translation>Qui&amp;tar línea</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— none named —</source>
            <translation>— ninguno indicado —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>— source not said —</source>
            <translation>— fuente no indicada —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Indicators of the action</source>
            <translation>Indicadores de la acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;New indicator</source>
            <translation>&amp;Nuevo indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Change indica&amp;tor</source>
            <translation>Cambiar indicad&amp;or</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>De&amp;lete indicator</source>
            <translation>Elimina&amp;r indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Measured by</source>
            <translation>Medido &amp;por</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;General</source>
            <translation>Datos &amp;básicos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Schedule</source>
            <translation>Progra&amp;mación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Partners</source>
            <translation>&amp;Socios</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Bu&amp;dget</source>
            <translation>&amp;Financiación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Beneficiaries &amp;&amp; risks</source>
            <translation>Beneficiarios y riesgos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Indicators</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Answers</source>
            <translation>Respon&amp;de a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Type the amount first.</source>
            <translation>Escriba primero el monto.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organizaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>New pa&amp;rtner</source>
            <translation>&amp;Nuevo socio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Every organisation of the register already takes part.</source>
            <translation>Todas las organizaciones del registro ya participan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Cost-share &amp;lines</source>
            <translation>Líneas de c&amp;ofinanciamiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>New li&amp;ne</source>
            <translation>&amp;Nueva línea</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>No cost-share line yet.</source>
            <translation>Aún no hay líneas de cofinanciamiento.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Change the indicator</source>
            <translation>Cambiar el indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>A new indicator for this action</source>
            <translation>Un nuevo indicador para esta acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>By source</source>
            <translation>Por fuente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>By status</source>
            <translation>Por estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Select an action, or press {key} to add one.</source>
            <translation>Seleccione una acción, o pulse {key} para añadir una.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>“{text}” is not an amount: type a number such as 1500.</source>
            <translation>“{text}” no es un monto: escriba un número como 1500.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Spent so far</source>
            <translation>Gastado hasta ahora</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>{field} was not saved: “{text}” is not a number.</source>
            <translation>No se guardó {field}: “{text}” no es un número.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_details.py" />
            <source>Paid out so far: {amount}</source>
            <translation>Pagado hasta ahora: {amount}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>A&amp;ctions</source>
            <translation>A&amp;cciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Plan chec&amp;ks</source>
            <translation>Verificaciones de&amp;l plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Who committed to what</source>
            <translation>&amp;Quién se comprometió a qué</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>&amp;Budget</source>
            <translation>Pres&amp;upuesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Find actions</source>
            <translation>Buscar acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>read-only</source>
            <translation>solo lectura</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n action(s) under {objectives}</source>
            <translation>
                <numerusform>%n acción en {objectives}</numerusform>
                <numerusform>%n acciones en {objectives}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>budget {amount}</source>
            <translation>presupuesto {amount}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Mark the actions that address constraints women face (General tab), or add one that does.</source>
            <translation>Marque las acciones que abordan las limitaciones que enfrentan las mujeres (pestaña General), o añada una que lo haga.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_plan_page.py" />
            <source>Select the action that answers this SWOT item and tick it on the action's Answers tab, or add an action for it ({key}).</source>
            <translation>Seleccione la acción que responde a este elemento FODA y márquelo en la pestaña Responde a de la acción, o añada una acción para él ({key}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Find actions…</source>
            <translation>Buscar acciones…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Lead</source>
            <translation>Líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Clear</source>
            <translation>Limpiar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Show every action again</source>
            <translation>Mostrar de nuevo todas las acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Objectives and their actions</source>
            <translation>Objetivos y sus acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>This plan has no strategic objectives yet. Objectives are set on the Vision page; their actions are planned here.</source>
            <translation>Este plan aún no tiene objetivos estratégicos. Los objetivos se definen en la página Visión; sus acciones se planifican aquí.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;New Action</source>
            <translation>&amp;Nueva acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;Delete Action</source>
            <translation>&amp;Eliminar acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move Action &amp;Up</source>
            <translation>S&amp;ubir acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move Action Do&amp;wn</source>
            <translation>Ba&amp;jar acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move to &amp;Previous Objective</source>
            <translation>Mover al objetivo &amp;anterior</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Move to Ne&amp;xt Objective</source>
            <translation>Mover al objetivo &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>&amp;Renumber Actions of the Objective</source>
            <translation>&amp;Renumerar las acciones del objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Number the objective's actions 1, 2, 3 … in their order, closing gaps</source>
            <translation>Numerar las acciones del objetivo 1, 2, 3 … según su orden, cerrando los huecos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n socio</numerusform>
                <numerusform>%n socios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n cost line(s)</source>
            <translation>
                <numerusform>%n línea de costo</numerusform>
                <numerusform>%n líneas de costo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n hito</numerusform>
                <numerusform>%n hitos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>New action</source>
            <translation>Nueva acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>{code} “{title}” has {things}. Delete the action with all of them? Undo ({undo}) brings everything back.</source>
            <translation>{code} “{title}” tiene {things}. ¿Eliminar la acción con todo ello? Deshacer ({undo}) lo recupera todo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any lead</source>
            <translation>Cualquier líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any partner</source>
            <translation>Cualquier socio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any category</source>
            <translation>Cualquier categoría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Every objective</source>
            <translation>Todos los objetivos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Any horizon</source>
            <translation>Cualquier horizonte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree.py" />
            <source>Delete action</source>
            <translation>Eliminar acción</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/action_tree_model.py" />
            <source>No actions yet</source>
            <translation>Aún no hay acciones</translation>
        </message>
    </context>
    <context>
        <name>attendance_panel</name>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Tick everyone who attended. Space ticks the highlighted person.</source>
            <translation>Marque a todas las personas que asistieron. La barra espaciadora marca a la persona resaltada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>Nobody is recorded as attending yet.</source>
            <translation>Aún no se ha registrado ninguna asistencia.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n attended: {women}, {men}, {unrecorded}</source>
            <translation>
                <numerusform>%n asistente: {women}, {men}, {unrecorded}</numerusform>
                <numerusform>%n asistentes: {women}, {men}, {unrecorded}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n mujer</numerusform>
                <numerusform>%n mujeres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n hombre</numerusform>
                <numerusform>%n hombres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n sin registrar</numerusform>
                <numerusform>%n sin registrar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>{by_sex}
By stakeholder type: {by_type}</source>
            <translation>{by_sex}
Por tipo de actor: {by_type}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/attendance_panel.py" />
            <source>No organisation</source>
            <translation>Sin organización</translation>
        </message>
    </context>
    <context>
        <name>audience_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/audience_window.py" />
            <source>Cluster Planner — audience view</source>
            <translation>Cluster Planner — vista para el público</translation>
        </message>
    </context>
    <context>
        <name>budget_summary</name>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>No source yet</source>
            <translation>Aún sin fuente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Source of funds</source>
            <translation>Fuente de fondos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Share of the plan</source>
            <translation>Parte del plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Who pays, and how sure it is</source>
            <translation>Quién paga y con qué certeza</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Budget by objective</source>
            <translation>Presupuesto por objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Sums of the actions' cost-share lines; dropped actions are left out. Pledged: promised; secured: confirmed; spent: already paid out.</source>
            <translation>Sumas de las líneas de cofinanciamiento de las acciones; las acciones descartadas no se cuentan. Comprometido: prometido; asegurado: confirmado; gastado: ya pagado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan total</source>
            <translation>Total del plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/budget_summary.py" />
            <source>Plan budget: {amount}</source>
            <translation>Presupuesto del plan: {amount}</translation>
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
            <translation>Seleccione una tarjeta para ver su evidencia, sus temas y los duplicados fusionados. Escriba tarjetas nuevas en la línea superior de cada cuadrante.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Figures, studies or testimonies behind the card</source>
            <translation>Cifras, estudios o testimonios que respaldan la tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Who or what said so</source>
            <translation>Quién o qué lo afirma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Dropped: kept in the plan, off the board</source>
            <translation>Descartada: se conserva en el plan, fuera del tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card</source>
            <translation>Fusionadas en esta tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>&amp;Unmerge</source>
            <translation>&amp;Separar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Put the selected duplicate back on the board as its own card</source>
            <translation>Devolver el duplicado seleccionado al tablero como tarjeta independiente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>No duplicates merged into this card</source>
            <translation>No hay duplicados fusionados en esta tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Another theme: type it, press {key}</source>
            <translation>Otro tema: escríbalo y pulse {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>{letter} · {quadrant} card</source>
            <translation>Tarjeta {letter} · {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/card_details.py" />
            <source>Merged into this card ({count})</source>
            <translation>Fusionadas en esta tarjeta ({count})</translation>
        </message>
    </context>
    <context>
        <name>cluster_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Profile</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Organisations</source>
            <translation>&amp;Organizaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Peop&amp;le</source>
            <translation>Per&amp;sonas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>&amp;Meetings</source>
            <translation>&amp;Reuniones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Unnamed cluster</source>
            <translation>Clúster sin nombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>Describe the cluster on the Profile tab.</source>
            <translation>Describa el clúster en la pestaña Perfil.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/cluster_page.py" />
            <source>planning {start}–{end}</source>
            <translation>planificación {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>commitments</name>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Commitments sheet</source>
            <translation>Hoja de compromisos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>Who committed to what</source>
            <translation>Quién se comprometió a qué</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>All organisations</source>
            <translation>Todas las organizaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/commitments_view.py" />
            <source>No organisation has committed to an action yet: commitments appear here as actions get a lead organisation, partners and cost-share lines.</source>
            <translation>Ninguna organización se ha comprometido aún con una acción: los compromisos aparecen aquí a medida que las acciones reciben una organización líder, socios y líneas de cofinanciamiento.</translation>
        </message>
    </context>
    <context>
        <name>countdown</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/countdown.py" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
    </context>
    <context>
        <name>date_field</name>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>“{text}” is not a date; type one such as 1 Mar 2026 or 2026-03-01.</source>
            <translation>“{text}” no es una fecha; escriba una como 1 mar 2026 o 2026-03-01.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>— (e.g. 1 Mar 2026)</source>
            <translation>— (p. ej., 1 mar 2026)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>e.g. 1 Mar 2026</source>
            <translation>p. ej., 1 mar 2026</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Type a date such as 1 Mar 2026 or 2026-03-01; {up} and {down} change it by a day, {calendar} opens a calendar</source>
            <translation>Escriba una fecha como 1 mar 2026 o 2026-03-01; {up} y {down} la cambian en un día, {calendar} abre un calendario</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/date_field.py" />
            <source>Calendar ({keys})</source>
            <translation>Calendario ({keys})</translation>
        </message>
    </context>
    <context>
        <name>diagnostic_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Diagnostic: SWOT</source>
            <translation>Diagnóstico: FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Card</source>
            <translation>&amp;Tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Vot&amp;ing</source>
            <translation>Votac&amp;ión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Import SWOT…</source>
            <translation>&amp;Importar FODA…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Paste Lines…</source>
            <translation>&amp;Pegar líneas…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Merge Duplicates…</source>
            <translation>&amp;Fusionar duplicados…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merge…</source>
            <translation>Fusionar…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Delete Card</source>
            <translation>&amp;Eliminar tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Edit Statement</source>
            <translation>Editar e&amp;nunciado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Drop / &amp;Restore Card</source>
            <translation>Descartar / &amp;restaurar tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card &amp;Up</source>
            <translation>S&amp;ubir tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move Card Do&amp;wn</source>
            <translation>Ba&amp;jar tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Sort by Votes</source>
            <translation>&amp;Ordenar por votos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Side Pa&amp;nel</source>
            <translation>Panel &amp;lateral</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Larger Cards</source>
            <translation>Tarjetas más grandes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Smaller Cards</source>
            <translation>Tarjetas más pequeñas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Cards at Usual Size</source>
            <translation>Tarjetas a tamaño normal</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Reveal Results</source>
            <translation>&amp;Revelar resultados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Move &amp;to</source>
            <translation>&amp;Mover a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show &amp;dropped cards</source>
            <translation>Mostrar tarjetas &amp;descartadas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dim the cards that do not carry this theme</source>
            <translation>Atenuar las tarjetas que no llevan este tema</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n tarjeta en el tablero</numerusform>
                <numerusform>%n tarjetas en el tablero</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>All themes</source>
            <translation>Todos los temas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Import SWOT items</source>
            <translation>Importar elementos FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>&amp;Theme:</source>
            <translation>Te&amp;ma:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>From &amp;Phones</source>
            <translation>Desde &amp;los teléfonos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n merged</source>
            <translation>
                <numerusform>%n fusionada</numerusform>
                <numerusform>%n fusionadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dropped</source>
            <translation>
                <numerusform>%n descartada</numerusform>
                <numerusform>%n descartadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” shown</source>
            <translation>resultados de “{round}” visibles</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>results of “{round}” hidden</source>
            <translation>resultados de “{round}” ocultos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Hide &amp;Results</source>
            <translation>O&amp;cultar resultados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merge duplicates</source>
            <translation>Fusionar duplicados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Which card stays on the board? The others are merged into it.</source>
            <translation>¿Qué tarjeta se queda en el tablero? Las demás se fusionan en ella.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show each quadrant's most voted cards first ({keys}); the board keeps its own order</source>
            <translation>Muestra primero las tarjetas más votadas de cada cuadrante ({keys}); el tablero conserva su propio orden</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Show or hide the card's details and the voting panel beside the board ({keys}); it opens by itself when a card is selected</source>
            <translation>Muestra u oculta los detalles de la tarjeta y el panel de votación junto al tablero ({keys}); se abre solo al seleccionar una tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Delete Card</source>
            <translation>Eliminar tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted “{card}”. {undo} brings it back.</source>
            <translation>Se eliminó “{card}”. {undo} la recupera.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleted %n card(s). {undo} brings back one at a time.</source>
            <translation>
                <numerusform>Se eliminó %n tarjeta. {undo} la recupera.</numerusform>
                <numerusform>Se eliminaron %n tarjetas. {undo} las recupera de una en una.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n dot(s) of the voting</source>
            <translation>
                <numerusform>%n punto de la votación</numerusform>
                <numerusform>%n puntos de la votación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n strategic option(s)</source>
            <translation>
                <numerusform>%n opción estratégica</numerusform>
                <numerusform>%n opciones estratégicas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n vision element(s)</source>
            <translation>
                <numerusform>%n elemento de la visión</numerusform>
                <numerusform>%n elementos de la visión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>%n action(s) answering it</source>
            <translation>
                <numerusform>%n acción que responde a ella</numerusform>
                <numerusform>%n acciones que responden a ella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Moved %n card(s) to {quadrant}.</source>
            <translation>
                <numerusform>Se movió %n tarjeta a {quadrant}.</numerusform>
                <numerusform>Se movieron %n tarjetas a {quadrant}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Merged %n card(s) into “{card}”. {undo} separates them again.</source>
            <translation>
                <numerusform>Se fusionó %n tarjeta en “{card}”. {undo} la vuelve a separar.</numerusform>
                <numerusform>Se fusionaron %n tarjetas en “{card}”. {undo} las vuelve a separar.</numerusform>
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
            <translation>Ir a {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Type a card and press {enter}; the line stays ready for the next one.
{alt}…4 jumps to S, W, O, T; {down} goes to the cards.</source>
            <translation>Escriba una tarjeta y pulse {enter}; la línea queda lista para la siguiente.
{alt}…4 salta a S, W, O, T; {down} va a las tarjetas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>{f2} edits the card · {delete} deletes it · {up}/{down} reorders · {move}…4 moves it to S, W, O, T · {merge} merges the selected cards</source>
            <translation>{f2} edita la tarjeta · {delete} la elimina · {up}/{down} reordena · {move}…4 la mueve a S, W, O, T · {merge} fusiona las tarjetas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>From &amp;Phones ({count})</source>
            <translation>Desde &amp;los teléfonos ({count})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Deleting takes the votes and these links with it ({undo} brings them back). To take a card off the board but keep it, drop it ({drop}).</source>
            <translation>Al eliminarla se van con ella los votos y estos vínculos ({undo} los recupera). Para quitar una tarjeta del tablero pero conservarla, descártela ({drop}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>Dropped “{card}”: it is hidden; tick Show dropped cards to see it.</source>
            <translation>Se descartó “{card}”: está oculta; marque Mostrar tarjetas descartadas para verla.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/diagnostic_page.py" />
            <source>“{card}” has {uses}.</source>
            <translation>“{card}” tiene {uses}.</translation>
        </message>
    </context>
    <context>
        <name>error_messages</name>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is damaged: part of what it holds cannot be read. Nothing was changed.</source>
            <translation>“{file}” está dañado: parte de lo que contiene no se puede leer. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be found in {folder}. It may have been moved, renamed or deleted. Nothing was changed. Open it from its new place, or choose another plan.</source>
            <translation>No se encontró “{file}” en {folder}. Puede que se haya movido, renombrado o eliminado. No se cambió nada. Ábralo desde su nueva ubicación o elija otro plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is not a database file. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation>“{file}” no es un plan de Cluster Planner: no es un archivo de base de datos. No se cambió nada. Abra un archivo .clusterplan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Otherwise, open a backup copy of the plan.</source>
            <translation>Si no, abra una copia de respaldo del plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is a folder, not a plan. Nothing was changed. Open the .clusterplan file inside it instead.</source>
            <translation>“{file}” es una carpeta, no un plan. No se cambió nada. Abra en su lugar el archivo .clusterplan que contiene.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>You may not read “{file}”: its permissions keep it private to its owner. Nothing was changed. Ask the owner for a copy, or to let you read it.</source>
            <translation>No tiene permiso para leer “{file}”: sus permisos lo reservan a su propietario. No se cambió nada. Pida al propietario una copia o que le permita leerlo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is write-protected, so it cannot be opened for editing. Nothing was changed. Open it read-only, or copy it to your own folder and open the copy.</source>
            <translation>“{file}” está protegido contra escritura, así que no se puede abrir para edición. No se cambió nada. Ábralo en solo lectura, o cópielo a su propia carpeta y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>This plan is open read-only, so nothing was changed. Close it and open it again for editing to make changes.</source>
            <translation>Este plan está abierto en solo lectura, así que no se cambió nada. Ciérrelo y vuelva a abrirlo para edición si quiere hacer cambios.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That step could not be undone or redone because the plan no longer matches it. Nothing was changed.</source>
            <translation>Ese paso no se pudo deshacer ni rehacer porque el plan ya no coincide con él. No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That entry no longer exists, so nothing was changed.</source>
            <translation>Esa entrada ya no existe, así que no se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>It is probably open in another Cluster Planner window on this computer. Nothing was changed. Open it read-only, or close it in the other window first.</source>
            <translation>Probablemente está abierto en otra ventana de Cluster Planner en este equipo. No se cambió nada. Ábralo en solo lectura, o ciérrelo primero en la otra ventana.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Nothing was changed. Open it read-only, or, if you are sure nobody is working on it any more, open it anyway and take over editing.</source>
            <translation>No se cambió nada. Ábralo en solo lectura o, si está seguro de que ya nadie está trabajando en él, ábralo de todos modos y tome el control de la edición.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is not a Cluster Planner plan: it is a database of another program. Nothing was changed. Open a .clusterplan file instead.</source>
            <translation>“{file}” no es un plan de Cluster Planner: es una base de datos de otro programa. No se cambió nada. Abra un archivo .clusterplan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>A lock file lies beside it, so it was probably copied while it was open and being saved: copy it again after closing it, or use File ▸ Save a Copy.</source>
            <translation>Tiene al lado un archivo de bloqueo, así que probablemente se copió mientras estaba abierto y guardándose: cópielo de nuevo después de cerrarlo, o use Archivo ▸ Guardar una copia.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is in a folder where you may not save files, and editing a plan writes a lock and a journal beside it. Nothing was changed. Open it read-only, or copy it to your own folder and open the copy.</source>
            <translation>“{file}” está en una carpeta donde no puede guardar archivos, y editar un plan escribe un bloqueo y un diario a su lado. No se cambió nada. Ábralo en solo lectura, o cópielo a su propia carpeta y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be written ({detail}). Nothing was changed. Choose a folder where you may save files.</source>
            <translation>No se pudo escribir “{file}” ({detail}). No se cambió nada. Elija una carpeta donde pueda guardar archivos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{card}” was kept: without it, {options} would have no strength or weakness. Tick another one there first, or drop the card ({drop}): it leaves the board and stays with the option.</source>
            <translation>Se mantuvo “{card}”: sin ella, {options} no tendría ninguna fortaleza ni debilidad. Marque otra allí primero, o descarte la tarjeta ({drop}): sale del tablero y se queda con la opción.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{card}” was kept: without it, {options} would have no opportunity or threat. Tick another one there first, or drop the card ({drop}): it leaves the board and stays with the option.</source>
            <translation>Se mantuvo “{card}”: sin ella, {options} no tendría ninguna oportunidad ni amenaza. Marque otra allí primero, o descarte la tarjeta ({drop}): sale del tablero y se queda con la opción.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>The change was refused ({detail}). Nothing was changed.</source>
            <translation>Se rechazó el cambio ({detail}). No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is being edited by {user} on {host} since {since}.</source>
            <translation>{user} está editando “{file}” en {host} desde {since}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by a newer version of Cluster Planner, which this version cannot read. Nothing was changed. Update Cluster Planner to open it.</source>
            <translation>“{file}” se creó con una versión más reciente de Cluster Planner, que esta versión no puede leer. No se cambió nada. Actualice Cluster Planner para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was left locked by another user of this computer, and its folder does not let you remove their lock file (“{file}.lock”). Nothing was changed. Open it read-only, or ask that user or an administrator to delete the lock file.</source>
            <translation>Otro usuario de este equipo dejó “{file}” bloqueado, y su carpeta no le permite quitar su archivo de bloqueo (“{file}.lock”). No se cambió nada. Ábralo en solo lectura, o pida a ese usuario o a un administrador que borre el archivo de bloqueo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened for editing ({detail}). Nothing was changed. Check that you may read and write it, or copy it to your own folder and open the copy.</source>
            <translation>No se pudo abrir “{file}” para edición ({detail}). No se cambió nada. Compruebe que tiene permiso para leerlo y escribirlo, o cópielo a su propia carpeta y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” already exists, so it was not replaced. Choose another name.</source>
            <translation>“{file}” ya existe, así que no se reemplazó. Elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is being edited by {user} on {host}, so it was not replaced. Nothing was changed. Choose another name, or close it there first.</source>
            <translation>{user} está editando “{file}” en {host}, así que no se reemplazó. No se cambió nada. Elija otro nombre, o ciérrelo allí primero.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” is a folder, so it was not replaced. Choose another name.</source>
            <translation>“{file}” es una carpeta, así que no se reemplazó. Elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be written there: you may not save files in that folder. Nothing was changed. Choose a folder where you may save files.</source>
            <translation>No se pudo escribir “{file}” allí: no puede guardar archivos en esa carpeta. No se cambió nada. Elija una carpeta donde pueda guardar archivos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>an input or output error</source>
            <translation>un error de entrada o salida</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>That link was not made: the actions would wait on each other in a loop ({loop}). Remove one of the links in that loop first.</source>
            <translation>No se creó ese vínculo: las acciones se esperarían unas a otras en un ciclo ({loop}). Primero quite uno de los vínculos de ese ciclo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{name}” was kept: it leads, takes part in or pays for {actions}. Give those actions another lead or remove it from them first.</source>
            <translation>Se mantuvo “{name}”: lidera, participa o paga {actions}. Primero asigne otra organización líder a esas acciones o quítela de ellas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{title}” was not dropped: it is part of adopted revision {number}, so say why first (its Drop reason on the Action plan page, or the Note of a progress report).</source>
            <translation>“{title}” no se descartó: forma parte de la revisión adoptada {number}, así que primero indique por qué (su Motivo de descarte en la página Plan de acción, o la Nota de un informe de avance).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>{field} was not changed: it {problem}.</source>
            <translation>{field} no se cambió: {problem}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” was made by an older version of Cluster Planner and must be upgraded before it can be shown, which opening read-only does not allow. Nothing was changed. Open it for editing: a backup copy is kept before the upgrade.</source>
            <translation>“{file}” se creó con una versión anterior de Cluster Planner y debe actualizarse antes de mostrarse, algo que la apertura en solo lectura no permite. No se cambió nada. Ábralo para edición: se guarda una copia de seguridad antes de la actualización.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>Its revision {number} can still be read and saved as a new plan.</source>
            <translation>Su revisión {number} todavía se puede leer y guardar como un plan nuevo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be upgraded to this version of Cluster Planner. The file was put back exactly as it was. Keep using the previous version for this plan, and report the problem with a copy of the file.</source>
            <translation>No se pudo actualizar “{file}” a esta versión de Cluster Planner. El archivo se dejó exactamente como estaba. Siga usando la versión anterior para este plan e informe del problema adjuntando una copia del archivo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/error_messages.py" />
            <source>“{file}” could not be opened ({detail}). Nothing was changed.</source>
            <translation>No se pudo abrir “{file}” ({detail}). No se cambió nada.</translation>
        </message>
    </context>
    <context>
        <name>form_fields</name>
        <message>
            <location filename="../../../cluster_planner/ui/form_fields.py" />
            <source>Close without Saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/form_fields.py" />
            <source>What was typed or chosen in this form since it opened is not saved. Close it?</source>
            <translation>Lo que se escribió o eligió en este formulario desde que se abrió no está guardado. ¿Cerrarlo?</translation>
        </message>
    </context>
    <context>
        <name>formats</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>not stated</source>
            <translation>sin precisar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>an unknown time</source>
            <translation>un momento desconocido</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/formats.py" />
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
    </context>
    <context>
        <name>indicator_progress</name>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Baseline</source>
            <translation>Línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Values recorded</source>
            <translation>Valores registrados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Delete Value</source>
            <translation>Eliminar valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Record Value</source>
            <translation>Registrar valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>New value</source>
            <translation>Nuevo valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Measured on</source>
            <translation>Medido el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>Where the figure comes from</source>
            <translation>De dónde proviene la cifra</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No indicators yet: add them to objectives and actions.</source>
            <translation>Aún no hay indicadores: añádalos a los objetivos y las acciones.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No values recorded yet.</source>
            <translation>Aún no se han registrado valores.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>not measured yet</source>
            <translation>aún sin medir</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>0 to 100 %</source>
            <translation>de 0 a 100 %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No value was recorded: type the value measured, such as 12 or 3.5.</source>
            <translation>No se registró ningún valor: escriba el valor medido, como 12 o 3,5.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_progress.py" />
            <source>No value was recorded: “{text}” is not a number.</source>
            <translation>No se registró ningún valor: “{text}” no es un número.</translation>
        </message>
    </context>
    <context>
        <name>live</name>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>QR code to join</source>
            <translation>Código QR para unirse</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>How to join from a phone</source>
            <translation>Cómo unirse desde un teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Join from your phone</source>
            <translation>Únase desde su teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Code {code}</source>
            <translation>Código {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/join_card.py" />
            <source>Phones join at {url} with the code {code}</source>
            <translation>Los teléfonos se unen en {url} con el código {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_controller.py" />
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>A plan opened read-only cannot take input from phones.</source>
            <translation>Un plan abierto solo para lectura no puede recibir aportes de teléfonos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_controller.py" />
            <source>Live participation cannot listen on {address}: {problem}</source>
            <translation>La participación en vivo no puede escuchar en {address}: {problem}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the SWOT capture</source>
            <translation>la captura del FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the vote on the vision drafts</source>
            <translation>la votación de los borradores de visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>the voting round “{title}”</source>
            <translation>la ronda de votación «{title}»</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>&amp;Start Live Participation</source>
            <translation>Iniciar la &amp;participación en vivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones in the hall join a page this laptop serves on the network you choose: no internet, no account, no app.</source>
            <translation>Los teléfonos de la sala abren una página que sirve este portátil en la red que elija: sin internet, sin cuenta, sin aplicación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Stop Live Participation</source>
            <translation>Detener la participación en vivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>The network the phones are on (the hall's Wi-Fi or this laptop's hotspot)</source>
            <translation>La red de los teléfonos (el wifi de la sala o el punto de acceso de este portátil)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Open a voting round first.</source>
            <translation>Abra primero una ronda de votación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Write a draft first.</source>
            <translation>Escriba primero un borrador.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) connected</source>
            <translation>
                <numerusform>%n teléfono conectado</numerusform>
                <numerusform>%n teléfonos conectados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Net&amp;work:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Move the Phones Her&amp;e</source>
            <translation>Traer los teléfonos a&amp;quí</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have placed dots</source>
            <translation>
                <numerusform>%n teléfono ha colocado puntos</numerusform>
                <numerusform>%n teléfonos han colocado puntos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones join at {url} with the code {code}.</source>
            <translation>Los teléfonos se unen en {url} con el código {code}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>%n phone(s) have voted</source>
            <translation>
                <numerusform>%n teléfono ha votado</numerusform>
                <numerusform>%n teléfonos han votado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>This computer only ({address})</source>
            <translation>Solo este equipo ({address})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/live_panel.py" />
            <source>Phones are on {activity} now.</source>
            <translation>Los teléfonos están ahora en {activity}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Ideas from phones</source>
            <translation>Ideas desde los teléfonos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Accept puts an idea on the board; Merge folds it into the card selected on the board; Drop keeps it among the dropped cards.</source>
            <translation>Aceptar pone la idea en el tablero; Fusionar la une a la tarjeta seleccionada en el tablero; Descartar la guarda entre las tarjetas descartadas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Ideas waiting</source>
            <translation>Ideas en espera</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>No idea is waiting.</source>
            <translation>No hay ideas en espera.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>&amp;Accept</source>
            <translation>A&amp;ceptar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Mer&amp;ge into Selected Card</source>
            <translation>&amp;Fusionar con la tarjeta seleccionada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>D&amp;rop</source>
            <translation>De&amp;scartar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>Select the card on the board that this idea repeats, then Merge.</source>
            <translation>Seleccione en el tablero la tarjeta que esta idea repite y luego Fusionar.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea is on the board. Undo takes it back.</source>
            <translation>La idea está en el tablero. Deshacer la retira.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea was merged into the selected card.</source>
            <translation>La idea se fusionó con la tarjeta seleccionada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/pending_tray.py" />
            <source>The idea was dropped; Show dropped cards lists it.</source>
            <translation>La idea se descartó; Mostrar tarjetas descartadas la muestra.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not opened</source>
            <translation>No se abrió el plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;New Plan…</source>
            <translation>&amp;Nuevo plan…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Open…</source>
            <translation>A&amp;brir…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation>Abrir el &amp;plan de demostración</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a &amp;Copy…</source>
            <translation>Guardar una &amp;copia…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>C&amp;lose Plan</source>
            <translation>C&amp;errar plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Clear Recent Plans</source>
            <translation>&amp;Borrar planes recientes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Show &amp;Workshop Steps</source>
            <translation>Mostrar los pasos del &amp;taller</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;About Cluster Planner</source>
            <translation>&amp;Acerca de Cluster Planner</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Unnamed cluster</source>
            <translation>Clúster sin nombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file} (read-only)[*] — {app}</source>
            <translation>{plan} — {file} (solo lectura)[*] — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} — {file}[*] — {app}</source>
            <translation>{plan} — {file}[*] — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open a Plan</source>
            <translation>Abrir un plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a Revision as a New Plan</source>
            <translation>Guardar una revisión como plan nuevo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New Plan</source>
            <translation>Nuevo plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save a Copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Unsaved Typing</source>
            <translation>Texto sin guardar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A form on the page holds typing that is not saved in the plan yet (a draft being written, an indicator, an option). Everything else is saved. Close and lose that typing?</source>
            <translation>Un formulario de la página contiene texto que aún no se ha guardado en el plan (un borrador en redacción, un indicador, una opción). Todo lo demás está guardado. ¿Cerrar y perder ese texto?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Close and Lose It</source>
            <translation>Cerrar y perderlo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{plan} revision {number}</source>
            <translation>{plan} revisión {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Undone: {change}</source>
            <translation>Deshecho: {change}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Redone: {change}</source>
            <translation>Rehecho: {change}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Cluster Planner will be in {language} from its next start.</source>
            <translation>Cluster Planner estará en {language} a partir del próximo inicio.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Read-Only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open Anyway</source>
            <translation>Abrir de todos modos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Open for Editing</source>
            <translation>Abrir para edición</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was not created</source>
            <translation>No se creó el plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A past revision: {number} “{title}”, adopted on {date}{meeting}. You can look at everything; nothing can be changed. The plan itself is “{file}”.</source>
            <translation>Una revisión anterior: {number} “{title}”, adoptada el {date}{meeting}. Puede consultarlo todo; no se puede cambiar nada. El plan en sí es “{file}”.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} of {plan} (read-only) — {app}</source>
            <translation>Revisión {number} de {plan} (solo lectura) — {app}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>New cluster plan</source>
            <translation>Nuevo plan de clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan was not opened</source>
            <translation>No se abrió el plan de demostración</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The copy was not saved</source>
            <translation>No se guardó la copia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>A copy was saved as “{copy}”. You are still working on “{file}”.</source>
            <translation>Se guardó una copia como “{copy}”. Sigue trabajando en “{file}”.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {step}</source>
            <translation>&amp;{number} {step}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The System's ({language})</source>
            <translation>El del sistema ({language})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>&amp;{number} {file}</source>
            <translation>&amp;{number} {file}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>No recent plans</source>
            <translation>No hay planes recientes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is already open.</source>
            <translation>“{file}” ya está abierto.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{name} revision {number}</source>
            <translation>{name} revisión {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The plan was upgraded to this version of Cluster Planner. The original is kept as “{backup}” in {folder}.</source>
            <translation>El plan se actualizó a esta versión de Cluster Planner. El original se conserva como “{backup}” en {folder}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Save Revision {number} as a New Plan…</source>
            <translation>Guardar la revisión {number} como plan nuevo…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} could not be saved as a new plan.</source>
            <translation>No se pudo guardar la revisión {number} como plan nuevo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” was left in the middle of a save and is shown as it was last saved whole, read-only. Opening it for editing finishes the recovery.</source>
            <translation>“{file}” quedó a mitad de un guardado y se muestra tal como se guardó completo por última vez, en solo lectura. Abrirlo para edición termina la recuperación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Revision {number} could not be opened ({problem}).</source>
            <translation>No se pudo abrir la revisión {number} ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>The demo plan could not be created in {folder} ({detail}).</source>
            <translation>No se pudo crear el plan de demostración en {folder} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>{name} copy</source>
            <translation>{name} copia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>“{file}” is open read-only.</source>
            <translation>“{file}” está abierto en solo lectura.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source>Opened “{file}”. Every change is saved as you make it.</source>
            <translation>Se abrió “{file}”. Cada cambio se guarda en cuanto lo hace.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/main_window.py" />
            <source> at {meeting}</source>
            <translation> en {meeting}</translation>
        </message>
    </context>
    <context>
        <name>message_bar</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/message_bar.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>options_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Quick wins</source>
            <translation>Logros rápidos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Major projects</source>
            <translation>Grandes proyectos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Fill-ins</source>
            <translation>Tareas de relleno</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Thankless tasks</source>
            <translation>Tareas ingratas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, low effort</source>
            <translation>alto impacto, poco esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>high impact, high effort</source>
            <translation>alto impacto, mucho esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, low effort</source>
            <translation>bajo impacto, poco esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>low impact, high effort</source>
            <translation>bajo impacto, mucho esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact and effort chart</source>
            <translation>Gráfico de impacto y esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Effort  (1 low → 5 high)</source>
            <translation>Esfuerzo  (1 bajo → 5 alto)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Impact  (1 low → 5 high)</source>
            <translation>Impacto  (1 bajo → 5 alto)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Options to rate</source>
            <translation>Opciones por valorar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Rate the selected option (1 = low, 5 = high):</source>
            <translation>Califique la opción seleccionada (1 = bajo, 5 = alto):</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Im&amp;pact</source>
            <translation>I&amp;mpacto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Eff&amp;ort</source>
            <translation>E&amp;sfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Every option is rated.</source>
            <translation>Todas las opciones están calificadas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/impact_effort_view.py" />
            <source>Not rated yet: {codes}</source>
            <translation>Aún sin calificar: {codes}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Not rated</source>
            <translation>Sin calificar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>What the cluster will do, e.g. “Joint bulk purchase of yarn”</source>
            <translation>Lo que hará el clúster, p. ej., “Compra conjunta de hilo al por mayor”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save option</source>
            <translation>Guardar opción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Statement</source>
            <translation>&amp;Enunciado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Items used — tick at least one internal (S/W) and one external (O/T) item:</source>
            <translation>&amp;Elementos usados — marque al menos un elemento interno (S/W) y uno externo (O/T):</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Write the option's statement.</source>
            <translation>Escriba el enunciado de la opción.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>An option uses at least one internal (S/W) and one external (O/T) item: tick one of each.</source>
            <translation>Una opción usa al menos un elemento interno (S/W) y uno externo (O/T): marque uno de cada tipo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(%n dot(s))</source>
            <translation>
                <numerusform>(%n punto)</numerusform>
                <numerusform>(%n puntos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>(no longer on the board)</source>
            <translation>(ya no está en el tablero)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>1 = low, 5 = high</source>
            <translation>1 = bajo, 5 = alto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Show {quadrant} too</source>
            <translation>Mostrar también {quadrant}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Save ({keys})</source>
            <translation>Guardar ({keys})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Close without saving ({key})</source>
            <translation>Cerrar sin guardar ({key})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>New {kind} option</source>
            <translation>Nueva opción {kind}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Change {code}</source>
            <translation>Cambiar {code}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_editor.py" />
            <source>Ready to save: {keys}.</source>
            <translation>Lista para guardar: {keys}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Impact {impact} · Effort {effort}</source>
            <translation>Impacto {impact} · Esfuerzo {effort}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/option_model.py" />
            <source>Uses {items}</source>
            <translation>Usa {items}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>%n option(s)</source>
            <translation>
                <numerusform>%n opción</numerusform>
                <numerusform>%n opciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Strategic options (TOWS)</source>
            <translation>Opciones estratégicas (TOWS)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Top items per quadrant</source>
            <translation>&amp;Principales elementos por cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>TOWS &amp;matrix</source>
            <translation>Ma&amp;triz TOWS</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>&amp;Impact and effort</source>
            <translation>&amp;Impacto y esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Add option</source>
            <translation>Añadir opción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Change option…</source>
            <translation>Cambiar opción…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Delete option</source>
            <translation>Eliminar opción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>No voting round revealed yet: the matrix lists every item on the board</source>
            <translation>Aún no se ha revelado ninguna ronda de votación: la matriz muestra todos los elementos del tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/options_page.py" />
            <source>Top items from “{title}”, revealed</source>
            <translation>Principales elementos de “{title}”, revelados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>+ Add</source>
            <translation>+ Añadir</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>&lt;b&gt;TOWS&lt;/b&gt;&lt;br&gt;Pair the internal items on the left with the external items above.</source>
            <translation>&lt;b&gt;TOWS&lt;/b&gt;&lt;br&gt;Combine los elementos internos de la izquierda con los elementos externos de arriba.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item in this quadrant received votes.</source>
            <translation>Ningún elemento de este cuadrante recibió votos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No item on the board yet.</source>
            <translation>Aún no hay elementos en el tablero.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>Add a {kind} option ({key})</source>
            <translation>Añadir una opción {kind} ({key})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>No {kind} option yet. Press {key} here, or Add, to write one.</source>
            <translation>Aún no hay opciones {kind}. Pulse {key} aquí, o Añadir, para escribir una.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{kind} options</source>
            <translation>Opciones {kind}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/tows_matrix.py" />
            <source>{code}: {statement}
Rank {rank} of all items, %n dot(s)</source>
            <translation>
                <numerusform>{code}: {statement}
Puesto {rank} entre todos los elementos, %n punto</numerusform>
                <numerusform>{code}: {statement}
Puesto {rank} entre todos los elementos, %n puntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>plan_checks</name>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The plan checks list %n thing(s) to fix (Action plan ▸ Plan checks); adopting now keeps them as they are.</source>
            <translation>
                <numerusform>Las verificaciones del plan señalan %n punto por corregir (Plan de acción ▸ Verificaciones del plan); al adoptar ahora, queda tal como está.</numerusform>
                <numerusform>Las verificaciones del plan señalan %n puntos por corregir (Plan de acción ▸ Verificaciones del plan); al adoptar ahora, quedan tal como están.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>%n thing(s) to fix before the plan is endorsed</source>
            <translation>
                <numerusform>%n punto por corregir antes de avalar el plan</numerusform>
                <numerusform>%n puntos por corregir antes de avalar el plan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster profile</source>
            <translation>Perfil del clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cluster Commission</source>
            <translation>Comisión del Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Meetings without attendance</source>
            <translation>Reuniones sin asistencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objectives without actions</source>
            <translation>Objetivos sin acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions without a lead organisation</source>
            <translation>Acciones sin organización líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Action dates</source>
            <translation>Fechas de las acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Cost lines without a source of funds</source>
            <translation>Líneas de costo sin fuente de fondos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Partner cash in no cost line</source>
            <translation>Efectivo de socios sin línea de costo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Actions scheduled before what they wait for</source>
            <translation>Acciones programadas antes de aquello que esperan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Milestones outside their action's dates</source>
            <translation>Hitos fuera de las fechas de su acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Indicators missing or implausible</source>
            <translation>Indicadores faltantes o inverosímiles</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Women in the cluster</source>
            <translation>Las mujeres en el clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Top SWOT priorities no action answers</source>
            <translation>Prioridades FODA principales sin acción que las responda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Other findings</source>
            <translation>Otros hallazgos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The cluster has no name yet.</source>
            <translation>El clúster aún no tiene nombre.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nobody is recorded as a member of the Cluster Commission.</source>
            <translation>No hay nadie registrado como miembro de la Comisión del Clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The Cluster Commission has no chair.</source>
            <translation>La Comisión del Clúster no tiene presidencia.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No woman sits on the Cluster Commission.</source>
            <translation>Ninguna mujer forma parte de la Comisión del Clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action is marked as addressing the constraints women face in the cluster.</source>
            <translation>Ninguna acción está marcada como dirigida a las limitaciones que enfrentan las mujeres en el clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Nothing to fix: the plan is ready to be endorsed</source>
            <translation>Nada que corregir: el plan está listo para ser avalado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{title} ({count})</source>
            <translation>{title} ({count})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has finished.</source>
            <translation>{action} empieza {days} demasiado pronto: espera a que {predecessor} haya terminado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} starts {days} too early: it waits until {predecessor} has started.</source>
            <translation>{action} empieza {days} demasiado pronto: espera a que {predecessor} haya empezado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} has finished.</source>
            <translation>{action} termina {days} demasiado pronto: solo puede terminar cuando {predecessor} haya terminado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} finishes {days} too early: it may finish only once {predecessor} is about to start.</source>
            <translation>{action} termina {days} demasiado pronto: solo puede terminar cuando {predecessor} esté por empezar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action builds on “{item}”, one of the top %n strength(s).</source>
            <translation>
                <numerusform>Ninguna acción se apoya en “{item}”, la fortaleza principal (%n).</numerusform>
                <numerusform>Ninguna acción se apoya en “{item}”, una de las %n fortalezas principales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action answers “{item}”, one of the top %n weakness(es).</source>
            <translation>
                <numerusform>Ninguna acción responde a “{item}”, la debilidad principal (%n).</numerusform>
                <numerusform>Ninguna acción responde a “{item}”, una de las %n debilidades principales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action seizes “{item}”, one of the top %n opportunity(ies).</source>
            <translation>
                <numerusform>Ninguna acción aprovecha “{item}”, la oportunidad principal (%n).</numerusform>
                <numerusform>Ninguna acción aprovecha “{item}”, una de las %n oportunidades principales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>No action counters “{item}”, one of the top %n threat(s).</source>
            <translation>
                <numerusform>Ninguna acción contrarresta “{item}”, la amenaza principal (%n).</numerusform>
                <numerusform>Ninguna acción contrarresta “{item}”, una de las %n amenazas principales.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action}: milestone “{title}” on {date} is outside the action's dates ({start} – {end}).</source>
            <translation>{action}: el hito “{title}” del {date} está fuera de las fechas de la acción ({start} – {end}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action}: {organisation} brings {brought} in cash, but the action's cost lines hold {held} of it; {missing} is in no cost line of the budget.</source>
            <translation>{action}: {organisation} aporta {brought} en efectivo, pero las líneas de costo de la acción recogen {held}; {missing} no figura en ninguna línea de costo del presupuesto.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}, more than 100 %.</source>
            <translation>{owner}: {what} es {value}, más del 100 %.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}, below 0 %.</source>
            <translation>{owner}: {what} es {value}, menos del 0 %.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: a count has no decimals.</source>
            <translation>{owner}: {what} es {value}: un conteo no tiene decimales.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: a count is never below 0.</source>
            <translation>{owner}: {what} es {value}: un conteo nunca es negativo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{owner}: {what} is {value}: that is not a number.</source>
            <translation>{owner}: {what} es {value}: eso no es un número.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{code} “{title}”</source>
            <translation>{code} “{title}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no dates yet.</source>
            <translation>{action} aún no tiene fechas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{text}
To fix: {field}</source>
            <translation>{text}
Para corregir: {field}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no lead organisation.</source>
            <translation>{action} no tiene organización líder.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no start date.</source>
            <translation>{action} no tiene fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has no end date.</source>
            <translation>{action} no tiene fecha de fin.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} ends before it starts.</source>
            <translation>{action} termina antes de empezar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>{action} has %n cost line(s) that do not say who pays.</source>
            <translation>
                <numerusform>{action} tiene %n línea de costo que no indica quién paga.</numerusform>
                <numerusform>{action} tiene %n líneas de costo que no indican quién paga.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Double-click an entry, or select it and press {key}, to fix it.</source>
            <translation>Haga doble clic en una entrada, o selecciónela y pulse {key}, para corregirla.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the target of “{name}”</source>
            <translation>la meta de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the baseline of “{name}”</source>
            <translation>la línea de base de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>the value of “{name}” measured on {date}</source>
            <translation>el valor de “{name}” medido el {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The meeting “{title}” has no attendance recorded.</source>
            <translation>La reunión “{title}” no tiene asistencia registrada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>The link adds a lag of {days}.</source>
            <translation>El vínculo añade un desfase de {days}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objective {code} “{title}” has no indicator: nobody can tell whether it is reached.</source>
            <translation>El objetivo {code} “{title}” no tiene indicador: nadie puede saber si se alcanza.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_checks_panel.py" />
            <source>Objective {code} “{title}” has no action yet.</source>
            <translation>El objetivo {code} “{title}” aún no tiene acciones.</translation>
        </message>
    </context>
    <context>
        <name>plan_codes</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_codes.py" />
            <source>en</source>
            <comment>the code of the language this translation is in: en, es or fr</comment>
            <translation>es</translation>
        </message>
    </context>
    <context>
        <name>plan_view</name>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>Workshop steps</source>
            <translation>Pasos del taller</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>This plan is open read-only: you can look at everything, but not change it. To edit, close it and open it again when nobody else is editing it.</source>
            <translation>Este plan está abierto en solo lectura: puede consultarlo todo, pero no cambiarlo. Para editarlo, ciérrelo y vuelva a abrirlo cuando nadie más lo esté editando.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/plan_view.py" />
            <source>The {step} step is not built yet. {purpose}</source>
            <translation>El paso {step} aún no está disponible. {purpose}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Cluster</source>
            <translation>Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Diagnostic</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will capture the SWOT of the cluster quickly while people talk, with themes and evidence, and record dot-voting tallies by stakeholder type and sex.</source>
            <translation>Permitirá capturar rápidamente el FODA del clúster mientras la gente habla, con temas y evidencias, y registrar el conteo de la votación con puntos por tipo de actor y sexo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will pair strengths and weaknesses with opportunities and threats into strategic options, each linked to the SWOT items it answers.</source>
            <translation>Permitirá combinar fortalezas y debilidades con oportunidades y amenazas para formar opciones estratégicas, cada una vinculada a los elementos FODA a los que responde.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will gather vision elements from the top options, compare draft statements and record the one the Commission adopts.</source>
            <translation>Permitirá reunir elementos de visión a partir de las opciones principales, comparar borradores del enunciado y registrar el que adopte la Comisión.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will hold the strategic objectives and their joint actions, each with a lead organisation, partners, dates, budget and indicators.</source>
            <translation>Contendrá los objetivos estratégicos y sus acciones conjuntas, cada una con organización líder, socios, fechas, presupuesto e indicadores.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Timeline</source>
            <translation>Cronograma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will show the action plan on a Gantt chart, to reschedule by dragging and to see slippage against the last endorsed revision.</source>
            <translation>Mostrará el plan de acción en un diagrama de Gantt, para reprogramar arrastrando y ver los retrasos respecto a la última revisión avalada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Review</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will record progress, indicator actuals and review meetings, each ending with a new revision of the plan.</source>
            <translation>Registrará el avance, los valores reales de los indicadores y las reuniones de seguimiento, cada una de las cuales termina con una nueva revisión del plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/workshop_steps.py" />
            <source>It will write the roadmap for the Cluster Commission as Word and PDF documents.</source>
            <translation>Redactará la hoja de ruta para la Comisión del Clúster en documentos Word y PDF.</translation>
        </message>
    </context>
    <context>
        <name>presentation</name>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked: {keys} unlocks</source>
            <translation>Bloqueado: {keys} desbloquea</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>{keys} locks or unlocks the structure</source>
            <translation>{keys} bloquea o desbloquea la estructura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/badge.py" />
            <source>Unlocked · {keys} locks</source>
            <translation>Desbloqueado · {keys} bloquea</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Present</source>
            <translation>&amp;Presentar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Lock the Structure</source>
            <translation>&amp;Bloquear la estructura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Start or Pause the &amp;Timer</source>
            <translation>Iniciar o pausar el &amp;temporizador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;Reset the Timer</source>
            <translation>&amp;Reiniciar el temporizador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute Lo&amp;nger</source>
            <translation>Temporizador un minuto &amp;más</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Timer One Minute Sh&amp;orter</source>
            <translation>Temporizador un minuto m&amp;enos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>L&amp;arger Type</source>
            <translation>Letra más &amp;grande</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>S&amp;maller Type</source>
            <translation>Letra más pe&amp;queña</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show or Hide the &amp;Voting Panel</source>
            <translation>Mostrar u ocultar el panel de &amp;votación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>&amp;High Contrast</source>
            <translation>&amp;Alto contraste</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Lock the Structure When Presenting &amp;Starts</source>
            <translation>Bloquear la estructura al &amp;comenzar la presentación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presentat&amp;ion</source>
            <translation>Pre&amp;sentación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Show the current step full screen for the hall ({f5} or {escape} leaves)</source>
            <translation>Mostrar el paso actual a pantalla completa para la sala ({f5} o {escape} para salir)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>Presenting on “{screen}”. {f5} or {escape} ends the presentation.</source>
            <translation>Presentando en “{screen}”. {f5} o {escape} termina la presentación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/presentation/controller.py" />
            <source>“{step}” is not presented. {f5} ends the presentation to open it; {next} and {previous} go through the presented steps.</source>
            <translation>«{step}» no se presenta. {f5} termina la presentación para abrirlo; {next} y {previous} recorren los pasos presentados.</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <source>no such objective</source>
            <translation>ese objetivo no existe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <location filename="../../../cluster_planner/services/registers.py" />
            <location filename="../../../cluster_planner/services/vision.py" />
            <source>no such organisation</source>
            <translation>esa organización no existe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/action_plan.py" />
            <source>already waits for that action</source>
            <translation>ya espera a esa acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>there is nothing to import</source>
            <translation>no hay nada que importar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>use merge to merge items</source>
            <translation>use Fusionar para fusionar elementos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>unmerge the item first</source>
            <translation>separe primero el elemento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <location filename="../../../cluster_planner/services/participation.py" />
            <source>merge into a card that is on the board</source>
            <translation>fusione en una tarjeta que esté en el tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>choose other cards on the board to merge</source>
            <translation>elija otras tarjetas del tablero para fusionar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>a card that is already merged cannot be merged again</source>
            <translation>una tarjeta ya fusionada no puede fusionarse de nuevo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>this card is not merged</source>
            <translation>esta tarjeta no está fusionada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>must not be empty</source>
            <translation>no puede quedar vacío</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>votes go to cards on the board</source>
            <translation>los votos van a tarjetas del tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>names the same group twice</source>
            <translation>nombra dos veces el mismo grupo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>a voting round belongs to a recorded meeting</source>
            <translation>una ronda de votación pertenece a una reunión registrada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>names a SWOT item that does not exist</source>
            <translation>nombra un elemento FODA que no existe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/diagnostic.py" />
            <source>an option uses at least one internal (S/W) and one external (O/T) item</source>
            <translation>una opción usa al menos un elemento interno (S/W) y uno externo (O/T)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/document_core.py" />
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>must be a language code such as en, es, fr or ar</source>
            <translation>debe ser un código de idioma como en, es, fr o ar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/document_core.py" />
            <source>names something that does not exist</source>
            <translation>nombra algo que no existe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/plan_document.py" />
            <source>a snapshot can only be loaded into an empty plan</source>
            <translation>una instantánea solo puede cargarse en un plan vacío</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>no such person</source>
            <translation>esa persona no existe</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/registers.py" />
            <source>lists someone who is not in the register</source>
            <translation>incluye a alguien que no está en el registro</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>must not be before the actual start</source>
            <translation>no puede ser anterior al inicio real</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <location filename="../../../cluster_planner/services/review.py" />
            <source>is a percentage from 0 to 100</source>
            <translation>es un porcentaje de 0 a 100</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/services/vision.py" />
            <source>a vision is adopted at a recorded meeting</source>
            <translation>una visión se adopta en una reunión registrada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be true or false</source>
            <translation>debe ser verdadero o falso</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a JSON object</source>
            <translation>debe ser un objeto JSON</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a date written YYYY-MM-DD</source>
            <translation>debe ser una fecha escrita AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a finite number</source>
            <translation>debe ser un número finito</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is far too large</source>
            <translation>es muchísimo más grande de lo posible</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>holds a broken character (an unpaired surrogate)</source>
            <translation>contiene un carácter roto (un sustituto sin pareja)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>must have a value</source>
            <translation>debe tener un valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is not one of the allowed values</source>
            <translation>no es uno de los valores permitidos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is not a day of the calendar</source>
            <translation>no es un día del calendario</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/records.py" />
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the planning horizon ends before it starts</source>
            <translation>el horizonte de planificación termina antes de empezar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a three-letter ISO 4217 code such as USD</source>
            <translation>debe ser un código ISO 4217 de tres letras, como USD</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must name the card it was merged into</source>
            <translation>debe nombrar la tarjeta con la que se fusionó</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be merged for a card merged into another</source>
            <translation>debe ser «fusionada» para una tarjeta fusionada con otra</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>cannot name the card itself</source>
            <translation>no puede nombrar la propia tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>each voter needs at least one dot</source>
            <translation>cada votante necesita al menos un punto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a year from 1900 to 2199</source>
            <translation>debe ser un año de 1900 a 2199</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the next review comes after the adoption</source>
            <translation>el próximo seguimiento es posterior a la adopción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>the target date comes after the baseline date</source>
            <translation>la fecha de la meta es posterior a la de la línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>comes before the start</source>
            <translation>es anterior al inicio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be within ten years</source>
            <translation>debe quedar dentro de diez años</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must not hold control characters</source>
            <translation>no debe contener caracteres de control</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must not be negative</source>
            <translation>no puede ser negativo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>rate it from 1 (low) to 5 (high)</source>
            <translation>califíquelo de 1 (bajo) a 5 (alto)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>must be a date from 1900 to 2199</source>
            <translation>debe ser una fecha de 1900 a 2199</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/domain/rules.py" />
            <source>is too large</source>
            <translation>es demasiado grande</translation>
        </message>
    </context>
    <context>
        <name>profile_tab</name>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The three-letter ISO 4217 code, such as USD, EUR or ETB.</source>
            <translation>El código ISO 4217 de tres letras, como USD, EUR o ETB.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>The language the plan is written in: the roadmap is printed in it (English, Spanish or French, else English), the vision composer proposes its sentence in it, and a right-to-left language lays the plan's pages out mirrored.</source>
            <translation>El idioma en que está escrito el plan: la hoja de ruta se imprime en él (inglés, español o francés; si no, en inglés), el asistente de visión propone su frase en él, y un idioma que se escribe de derecha a izquierda muestra las páginas del plan en espejo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Cluster profile</source>
            <translation>Perfil del clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/profile_tab.py" />
            <source>Baseline figures</source>
            <translation>Cifras de línea de base</translation>
        </message>
    </context>
    <context>
        <name>prompter</name>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Cluster plans (*.clusterplan)</source>
            <translation>Planes de clúster (*.clusterplan)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/prompter.py" />
            <source>Files are chosen outside the presentation: press {key} to leave it, then try again.</source>
            <translation>Los archivos se eligen fuera de la presentación: pulse {key} para salir de ella y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>registers</name>
        <message>
            <location filename="../../../cluster_planner/ui/register_tab.py" />
            <source>Filter</source>
            <translation>Filtrar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No organisations yet. Add the firms and institutions of the cluster.</source>
            <translation>Aún no hay organizaciones. Añada las empresas e instituciones del clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No people yet. Add the representatives of the organisations.</source>
            <translation>Aún no hay personas. Añada a los representantes de las organizaciones.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No meetings yet. Record each workshop and who attended it.</source>
            <translation>Aún no hay reuniones. Registre cada taller y quiénes asistieron.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>No baseline figures yet. Add what the diagnostic measured.</source>
            <translation>Aún no hay cifras de línea de base. Añada lo que midió el diagnóstico.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Organisation</source>
            <translation>Añadir organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Organisation</source>
            <translation>Eliminar organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter organisations by name, town, type…</source>
            <translation>Filtrar organizaciones por nombre, localidad, tipo…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select an organisation to see and edit its details.</source>
            <translation>Seleccione una organización para ver y editar sus datos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Stakeholder type shown</source>
            <translation>Tipo de actor mostrado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Organisations: {count}, of which %n women-led
{types}</source>
            <translation>
                <numerusform>Organizaciones: {count}, de las cuales %n liderada por mujeres
{types}</numerusform>
                <numerusform>Organizaciones: {count}, de las cuales %n lideradas por mujeres
{types}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All stakeholder types</source>
            <translation>Todos los tipos de actor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>“{name}” has %n person(s) in the register: {names}. Deleting the organisation deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.</source>
            <translation>
                <numerusform>“{name}” tiene %n persona en el registro: {names}. Al eliminar la organización se elimina también, con sus {attendances}. Editar ▸ Deshacer lo recupera todo.</numerusform>
                <numerusform>“{name}” tiene %n personas en el registro: {names}. Al eliminar la organización se eliminan también, con sus {attendances}. Editar ▸ Deshacer lo recupera todo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n meeting attendance(s)</source>
            <translation>
                <numerusform>%n asistencia a reuniones</numerusform>
                <numerusform>%n asistencias a reuniones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Person</source>
            <translation>Añadir persona</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Person</source>
            <translation>Eliminar persona</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter people by name, organisation, role…</source>
            <translation>Filtrar personas por nombre, organización, cargo…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a person to see and edit their details.</source>
            <translation>Seleccione una persona para ver y editar sus datos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People shown</source>
            <translation>Personas mostradas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>People: {count} — {women}, {men}, {unrecorded}
{commission}, {steering} on the Steering Committee</source>
            <translation>Personas: {count} — {women}, {men}, {unrecorded}
{commission}, {steering} del Comité Directivo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n women</source>
            <translation>
                <numerusform>%n mujer</numerusform>
                <numerusform>%n mujeres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n men</source>
            <translation>
                <numerusform>%n hombre</numerusform>
                <numerusform>%n hombres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n not recorded</source>
            <translation>
                <numerusform>%n sin registrar</numerusform>
                <numerusform>%n sin registrar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>%n sit(s) on the Cluster Commission</source>
            <translation>
                <numerusform>%n forma parte de la Comisión del Clúster</numerusform>
                <numerusform>%n forman parte de la Comisión del Clúster</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Cluster Commission members</source>
            <translation>Miembros de la Comisión del Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Steering Committee members</source>
            <translation>Miembros del Comité Directivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Without an organisation</source>
            <translation>Sin organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Meeting</source>
            <translation>Añadir reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Meeting</source>
            <translation>Eliminar reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter meetings by title, venue, facilitator…</source>
            <translation>Filtrar reuniones por título, lugar, facilitador/a…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Select a meeting to see its details and record who attended.</source>
            <translation>Seleccione una reunión para ver sus datos y registrar quiénes asistieron.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meeting type shown</source>
            <translation>Tipo de reunión mostrado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Meetings: {count} — %n attendance(s) recorded, latest on {date}</source>
            <translation>
                <numerusform>Reuniones: {count} — %n asistencia registrada, la última el {date}</numerusform>
                <numerusform>Reuniones: {count} — %n asistencias registradas, la última el {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>All meeting types</source>
            <translation>Todos los tipos de reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Add Baseline Figure</source>
            <translation>Añadir cifra de línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Delete Baseline Figure</source>
            <translation>Eliminar cifra de línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Filter figures…</source>
            <translation>Filtrar cifras…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures</source>
            <translation>Cifras de línea de base</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Baseline figures: {count}, of %n kind(s)</source>
            <translation>
                <numerusform>Cifras de línea de base: {count}, de %n tipo</numerusform>
                <numerusform>Cifras de línea de base: {count}, de %n tipos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New organisation</source>
            <translation>Nueva organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New person</source>
            <translation>Nueva persona</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/registers.py" />
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
    </context>
    <context>
        <name>review_history</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Adopted revisions</source>
            <translation>Revisiones adoptadas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No revision has been adopted yet. Adopt the plan at the end of a review meeting (Review meeting tab): it is then kept exactly as it was, to open, compare and restore.</source>
            <translation>Aún no se ha adoptado ninguna revisión. Adopte el plan al final de una reunión de seguimiento (pestaña Reunión de seguimiento): a partir de entonces se conserva exactamente como estaba, para abrirlo, compararlo y restaurarlo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Open Read-Only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare with</source>
            <translation>Comparar con</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore as the Current Plan…</source>
            <translation>Restaurar como plan actual…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>the current plan</source>
            <translation>el plan actual</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Adopted on</source>
            <translation>Adoptada el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Endorsed at</source>
            <translation>Avalada en</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>revision {number} ({date})</source>
            <translation>revisión {number} ({date})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Restore revision {number}?</source>
            <translation>¿Restaurar la revisión {number}?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>The plan becomes exactly what revision {number} froze: every change made since, progress reports included, is replaced. The revisions stay as they are, and Edit ▸ Undo takes the restore back.</source>
            <translation>El plan pasa a ser exactamente lo que congeló la revisión {number}: se reemplaza todo cambio hecho desde entonces, incluidos los informes de avance. Las revisiones se quedan como están, y Editar ▸ Deshacer revierte la restauración.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_history.py" />
            <source>Revision {number} was restored as the current plan on {when}.</source>
            <translation>La revisión {number} se restauró como plan actual el {when}.</translation>
        </message>
    </context>
    <context>
        <name>review_meeting</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we did</source>
            <translation>Lo que hicimos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we do next</source>
            <translation>Lo que haremos ahora</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What help we need</source>
            <translation>Qué ayuda necesitamos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Report progress</source>
            <translation>Informar avance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Started on</source>
            <translation>Iniciada el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Finished on</source>
            <translation>Terminada el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Tick a milestone when it is reached</source>
            <translation>Marque un hito cuando se alcance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Record progress</source>
            <translation>Registrar avance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reported on</source>
            <translation>Informado el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Actual dates</source>
            <translation>Fechas reales</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt a revision of the plan</source>
            <translation>Adoptar una revisión del plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Endorsed at</source>
            <translation>Avalada en</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopted on</source>
            <translation>Adoptada el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New review meeting</source>
            <translation>Nueva reunión de seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Actions to review</source>
            <translation>Acciones por revisar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What we said we would do</source>
            <translation>Lo que dijimos que haríamos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>At this meeting</source>
            <translation>En esta reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>◀ Previous action</source>
            <translation>◀ Acción anterior</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Next action ▶</source>
            <translation>Acción siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>What happened (for a dropped action: why)</source>
            <translation>Qué pasó (si la acción se descartó: por qué)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No milestones.</source>
            <translation>Sin hitos.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No progress reported yet.</source>
            <translation>Aún no se ha informado ningún avance.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>As minuted, e.g. “Adopted unanimously”</source>
            <translation>Según el acta, p. ej., “Adoptado por unanimidad”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Why the plan was revised</source>
            <translation>Por qué se revisó el plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{done} of %n action(s) reviewed at this meeting</source>
            <translation>
                <numerusform>{done} de %n acción examinada en esta reunión</numerusform>
                <numerusform>{done} de %n acciones examinadas en esta reunión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>%n dropped action(s) listed but not counted</source>
            <translation>
                <numerusform>%n acción descartada en la lista pero no contada</numerusform>
                <numerusform>%n acciones descartadas en la lista pero no contadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Revised action plan</source>
            <translation>Plan de acción revisado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>— none —</source>
            <translation>— ninguna —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision has been adopted yet: the plan as it stands now becomes revision 1, the baseline its progress is measured against.</source>
            <translation>Aún no se ha adoptado ninguna revisión: el plan tal como está ahora pasa a ser la revisión 1, la línea de base con la que se mide su avance.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No actions to review yet.</source>
            <translation>Aún no hay acciones para examinar.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>No revision was adopted before this meeting: this is the plan as it stands.</source>
            <translation>No se adoptó ninguna revisión antes de esta reunión: este es el plan tal como está.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>A progress report tells what has happened: date it today or earlier.</source>
            <translation>Un informe de avance cuenta lo que ya ha ocurrido: fechéelo hoy o antes.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Cluster Commission: review meeting</source>
            <translation>Comisión del Clúster: reunión de seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt as revision {number}</source>
            <translation>Adoptar como revisión {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Adopt revision {number}…</source>
            <translation>Adoptar la revisión {number}…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{changes} (see History).</source>
            <translation>{changes} (véase Historial).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>New since the revision in force.</source>
            <translation>Nueva desde la revisión vigente.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{start} to {end}, led by {lead}</source>
            <translation>{start} a {end}, liderada por {lead}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>This meeting already endorsed revision {number}. Pick the meeting that endorses this one above, or create it with New review meeting.</source>
            <translation>Esta reunión ya avaló la revisión {number}. Elija arriba la reunión que avala esta, o créela con Nueva reunión de seguimiento.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>The plan as it stands now is frozen whole as revision {number}. {since}</source>
            <translation>El plan tal como está ahora se congela completo como revisión {number}. {since}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Budget {total}, spent so far {spent}</source>
            <translation>Presupuesto {total}, gastado hasta ahora {spent}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>Lead now {lead}</source>
            <translation>Líder ahora: {lead}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>{what} now {days} {direction} than adopted</source>
            <translation>{what}: ahora {days} más {direction} que lo adoptado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>later</source>
            <translation>tarde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_meeting.py" />
            <source>earlier</source>
            <translation>temprano</translation>
        </message>
    </context>
    <context>
        <name>review_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>What we said we would do, what we did, what we do next, what help we need; then the Commission adopts the revised plan.</source>
            <translation>Lo que dijimos que haríamos, lo que hicimos, lo que haremos ahora, qué ayuda necesitamos; luego la Comisión adopta el plan revisado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Review &amp;meeting</source>
            <translation>&amp;Reunión de seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>&amp;Indicators</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Hi&amp;story</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/review_page.py" />
            <source>Revision {number} adopted: the plan is kept as it stands now.</source>
            <translation>Revisión {number} adoptada: el plan se conserva tal como está ahora.</translation>
        </message>
    </context>
    <context>
        <name>roadmap_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cluster, plan title, revision and endorsing meeting</source>
            <translation>Clúster, título del plan, revisión y reunión que lo avaló</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The parts of the document with their pages</source>
            <translation>Las partes del documento con sus páginas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The adopted vision statement and its elements</source>
            <translation>El enunciado de visión adoptado y sus elementos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>SWOT</source>
            <translation>FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The prioritised SWOT as a 2×2 grid with ranks</source>
            <translation>El FODA priorizado como cuadrícula de 2×2 con puestos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The strategic options (TOWS)</source>
            <translation>Las opciones estratégicas (TOWS)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Objectives with their indicators</source>
            <translation>Objetivos con sus indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Every action in a table, on landscape pages</source>
            <translation>Todas las acciones en una tabla, en páginas horizontales</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Timeline</source>
            <translation>Cronograma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The Gantt chart, readable in black and white</source>
            <translation>El diagrama de Gantt, legible en blanco y negro</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Who committed to what: a page per organisation</source>
            <translation>Quién se comprometió a qué: una página por organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The budget by source of funds and by objective</source>
            <translation>El presupuesto por fuente de fondos y por objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Monitoring</source>
            <translation>Monitoreo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Indicators: baseline, target, actual, verification, responsible</source>
            <translation>Indicadores: línea de base, meta, valor real, verificación, responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revisions</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Adopted revisions and what each changed</source>
            <translation>Revisiones adoptadas y lo que cambió cada una</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Endorsement</source>
            <translation>Aval</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Lines for the Commission to sign</source>
            <translation>Líneas para las firmas de la Comisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The vision and action plan as documents for the Cluster Commission: a PDF to print and hand out, and a Word file the secretary can restyle.</source>
            <translation>La visión y el plan de acción como documentos para la Comisión del Clúster: un PDF para imprimir y repartir, y un archivo Word al que la secretaría puede cambiar el formato.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The language the roadmap is written in. The sentences that describe the changes between revisions stay in English.</source>
            <translation>El idioma en que se redacta la hoja de ruta. Las frases que describen los cambios entre revisiones quedan en inglés.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Choose Lo&amp;go…</source>
            <translation>E&amp;legir logo…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>A PNG or JPEG picture for the cover (optional)</source>
            <translation>Una imagen PNG o JPEG para la portada (opcional)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>No Logo</source>
            <translation>Sin logo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Revision</source>
            <translation>&amp;Revisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revision</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Cover logo</source>
            <translation>Logo de la portada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>&amp;Update preview</source>
            <translation>Ac&amp;tualizar vista previa</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xportar PDF…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export &amp;Word…</source>
            <translation>Exportar &amp;Word…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Pr&amp;int…</source>
            <translation>I&amp;mprimir…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export Roadmap as PDF…</source>
            <translation>Exportar la hoja de ruta como PDF…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print Roadmap…</source>
            <translation>Imprimir la hoja de ruta…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Current plan</source>
            <translation>Plan actual</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section to export or print the roadmap.</source>
            <translation>Marque al menos una sección para exportar o imprimir la hoja de ruta.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>No section ticked: nothing to export or print.</source>
            <translation>Ninguna sección marcada: nada que exportar ni imprimir.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Laying out the roadmap…</source>
            <translation>Maquetando la hoja de ruta…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Export roadmap</source>
            <translation>Exportar la hoja de ruta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap was sent to the printer.</source>
            <translation>La hoja de ruta se envió a la impresora.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section to see the roadmap.</source>
            <translation>Marque al menos una sección para ver la hoja de ruta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n page(s) on {paper} paper.</source>
            <translation>
                <numerusform>%n página en papel {paper}.</numerusform>
                <numerusform>%n páginas en papel {paper}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Roadmap written to {path}.</source>
            <translation>Hoja de ruta guardada en {path}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Print roadmap</source>
            <translation>Imprimir la hoja de ruta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Wait for the preview, then print it.</source>
            <translation>Espere a la vista previa y luego imprímala.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be laid out ({problem}).</source>
            <translation>No se pudo maquetar la hoja de ruta ({problem}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Tick at least one section first.</source>
            <translation>Primero marque al menos una sección.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>The roadmap could not be written to {path} ({reason}). Nothing was written there; choose another folder or close the file if another program has it open.</source>
            <translation>No se pudo guardar la hoja de ruta en {path} ({reason}). No se escribió nada allí; elija otra carpeta o cierre el archivo si otro programa lo tiene abierto.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>Revision {number}: {title} ({date})</source>
            <translation>Revisión {number}: {title} ({date})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{name} is not a PNG or JPEG picture; the cover keeps no logo.</source>
            <translation>{name} no es una imagen PNG o JPEG; la portada queda sin logo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>roadmap</source>
            <translation>hoja de ruta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>%n character(s) no bundled font has print as �: {characters}.</source>
            <translation>
                <numerusform>%n carácter que ninguna fuente incluida tiene se imprime como �: {characters}.</numerusform>
                <numerusform>%n caracteres que ninguna fuente incluida tiene se imprimen como �: {characters}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_page.py" />
            <source>{path} cannot be read ({reason}).</source>
            <translation>No se puede leer {path} ({reason}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>◀ Previous page</source>
            <translation>◀ Página anterior</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Next page ▶</source>
            <translation>Página siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Fit wi&amp;dth</source>
            <translation>A&amp;justar al ancho</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Fit p&amp;age</source>
            <translation>Página &amp;completa</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>The whole page in view</source>
            <translation>La página entera a la vista</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>The preview appears here.</source>
            <translation>La vista previa aparece aquí.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>whole page</source>
            <translation>página entera</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>Page as wide as the preview ({modifier}+wheel zooms)</source>
            <translation>Página tan ancha como la vista previa ({modifier}+rueda amplía)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/roadmap_preview.py" />
            <source>of {count}</source>
            <translation>de {count}</translation>
        </message>
    </context>
    <context>
        <name>swot_board</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a strength, press {key}</source>
            <translation>Escriba una fortaleza y pulse {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a weakness, press {key}</source>
            <translation>Escriba una debilidad y pulse {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type an opportunity, press {key}</source>
            <translation>Escriba una oportunidad y pulse {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Type a threat, press {key}</source>
            <translation>Escriba una amenaza y pulse {key}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New strength</source>
            <translation>Nueva fortaleza</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New weakness</source>
            <translation>Nueva debilidad</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New opportunity</source>
            <translation>Nueva oportunidad</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>New threat</source>
            <translation>Nueva amenaza</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>%n card(s) on the board</source>
            <translation>
                <numerusform>%n tarjeta en el tablero</numerusform>
                <numerusform>%n tarjetas en el tablero</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_board.py" />
            <source>Read-only: cards cannot be added</source>
            <translation>Solo lectura: no se pueden añadir tarjetas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>rank {rank}</source>
            <translation>puesto {rank}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_delegate.py" />
            <source>+%n merged: “{text}”</source>
            <translation>
                <numerusform>+%n fusionada: “{text}”</numerusform>
                <numerusform>+%n fusionadas: “{text}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>%n card(s) merged into it</source>
            <translation>
                <numerusform>%n tarjeta fusionada en ella</numerusform>
                <numerusform>%n tarjetas fusionadas en ella</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>dropped from the board</source>
            <translation>descartada del tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>a top priority</source>
            <translation>una prioridad principal</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>puesto {rank}, %n punto</numerusform>
                <numerusform>puesto {rank}, %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_card_model.py" />
            <source>themes: {themes}</source>
            <translation>temas: {themes}</translation>
        </message>
    </context>
    <context>
        <name>swot_import</name>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Spreadsheets (*.csv *.xlsx)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>The file is not in UTF-8, so it was read as Windows-1252: check accented letters in the preview.</source>
            <translation>El archivo no está en UTF-8, así que se leyó como Windows-1252: revise las letras acentuadas en la vista previa.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} cannot be imported ({code}).</source>
            <translation>La fila {row} no se puede importar ({code}).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} is already on the board under {quadrant}.</source>
            <translation>La fila {row} ya está en el tablero, en {quadrant}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>“{file}” cannot be imported: {detail}. Nothing was added to the plan.</source>
            <translation>“{file}” no se puede importar: {detail}. No se añadió nada al plan.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>S: Skilled knitters
W: No common brand
Fortaleza: …
or plain lines</source>
            <translation>S: Tejedoras calificadas
W: Falta una marca común
Fortaleza: …
o líneas sin cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>nowhere: skip them</source>
            <translation>ninguna parte: omitirlas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Rows that will be left out</source>
            <translation>Filas que se dejarán fuera</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Check what will be added. The cards go to the end of their quadrants; one Undo takes the whole import back.</source>
            <translation>Revise lo que se añadirá. Las tarjetas van al final de sus cuadrantes; un solo Deshacer revierte toda la importación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Paste SWOT lines</source>
            <translation>Pegar líneas FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>One card per line. Start a line with its quadrant (S:, W:, O:, T:, or Fortaleza:, Menace: …), or choose where plain lines go.</source>
            <translation>Una tarjeta por línea. Empiece cada línea con su cuadrante (S:, W:, O:, T:, F:, D:, A: o nombres como Fortaleza:, Amenaza: …), o elija adónde van las líneas sin cuadrante.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) will be added.</source>
            <translation>
                <numerusform>Se añadirá %n tarjeta.</numerusform>
                <numerusform>Se añadirán %n tarjetas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) already on the board will be skipped.</source>
            <translation>
                <numerusform>Se omitirá %n fila que ya está en el tablero.</numerusform>
                <numerusform>Se omitirán %n filas que ya están en el tablero.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Also import the %n row(s) already on the board</source>
            <translation>
                <numerusform>Importar también %n fila que ya está en el tablero</numerusform>
                <numerusform>Importar también las %n filas que ya están en el tablero</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import only the %n valid row(s)</source>
            <translation>
                <numerusform>Importar solo %n fila válida</numerusform>
                <numerusform>Importar solo las %n filas válidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>&amp;Import %n card(s)</source>
            <translation>
                <numerusform>&amp;Importar %n tarjeta</numerusform>
                <numerusform>&amp;Importar %n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Imported %n card(s). Undo takes them all back.</source>
            <translation>
                <numerusform>Se importó %n tarjeta. Deshacer la retira.</numerusform>
                <numerusform>Se importaron %n tarjetas. Deshacer las retira todas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} has no statement.</source>
            <translation>La fila {row} no tiene enunciado.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row}: “{value}” is not a quadrant — use S, W, O, T or their names.</source>
            <translation>Fila {row}: “{value}” no es un cuadrante — use S, W, O, T o sus nombres.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Line {row} (“{text}”) has no quadrant: start it with S:, W:, O: or T:, or choose a quadrant for plain lines.</source>
            <translation>La línea {row} (“{text}”) no tiene cuadrante: empiécela con S:, W:, O: o T:, o elija un cuadrante para las líneas sin cuadrante.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} names no quadrant — put S, W, O or T in its quadrant column.</source>
            <translation>La fila {row} no indica ningún cuadrante — ponga S, W, O o T en su columna de cuadrante.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row {row} holds a formula without a computed value ({formula}): open and save the workbook in Excel or LibreOffice, then import it again.</source>
            <translation>La fila {row} contiene una fórmula sin valor calculado ({formula}): abra y guarde el libro en Excel o LibreOffice, y vuelva a importarlo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Line {row} is already on the board under {quadrant}.</source>
            <translation>La línea {row} ya está en el tablero, en {quadrant}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Lines without S:, W:, O: or T: go to</source>
            <translation>Las líneas sin S:, W:, O: o T: van a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>Import SWOT items from “{file}”</source>
            <translation>Importar elementos FODA de “{file}”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n card(s) can be added; {problems}</source>
            <translation>
                <numerusform>Se puede añadir %n tarjeta; {problems}</numerusform>
                <numerusform>Se pueden añadir %n tarjetas; {problems}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/swot_import_panel.py" />
            <source>%n row(s) have problems.</source>
            <translation>
                <numerusform>%n fila tiene problemas.</numerusform>
                <numerusform>%n filas tienen problemas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/header.py" />
            <source>Today</source>
            <translation>Hoy</translation>
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
            <translation>cumplido</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>not yet done</source>
            <translation>aún no cumplido</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead</source>
            <translation>Sin líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No category</source>
            <translation>Sin categoría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>No lead yet</source>
            <translation>Aún sin líder</translation>
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
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{predecessor} → {successor}: {kind}</source>
            <translation>{predecessor} → {successor}: {kind}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lag: %n day(s)</source>
            <translation>
                <numerusform>Desfase: %n día</numerusform>
                <numerusform>Desfase: %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Broken: the successor is %n day(s) early</source>
            <translation>
                <numerusform>Roto: la sucesora empieza %n día antes de tiempo</numerusform>
                <numerusform>Roto: la sucesora empieza %n días antes de tiempo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>{status}, {progress} done</source>
            <translation>{status}, {progress} completado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Lead: {name}</source>
            <translation>Líder: {name}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Adopted: {start} to {end}</source>
            <translation>Adoptado: {start} a {end}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) later than adopted</source>
            <translation>
                <numerusform>Termina %n día más tarde que lo adoptado</numerusform>
                <numerusform>Termina %n días más tarde que lo adoptado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/gantt/scene.py" />
            <source>Ends %n day(s) earlier than adopted</source>
            <translation>
                <numerusform>Termina %n día antes que lo adoptado</numerusform>
                <numerusform>Termina %n días antes que lo adoptado</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Timeline chart</source>
            <translation>Diagrama del cronograma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Objectives and actions</source>
            <translation>Objetivos y acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>Cluster</source>
            <translation>Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>The action plan's timeline</source>
            <translation>Cronograma del plan de acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/gantt/view.py" />
            <source>{cluster}: timeline, {date}</source>
            <translation>{cluster}: cronograma, {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Weeks</source>
            <translation>&amp;Semanas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Months</source>
            <translation>&amp;Meses</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Quarters</source>
            <translation>&amp;Trimestres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Years</source>
            <translation>Añ&amp;os</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Lead organisation</source>
            <translation>Organización líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline</source>
            <translation>Cronograma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to plan</source>
            <translation>Ajustar al plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Go to today</source>
            <translation>Ir a hoy</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG…</source>
            <translation>Exportar el cronograma como PNG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG…</source>
            <translation>Exportar el cronograma como SVG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Fit to pla&amp;n</source>
            <translation>Ajustar al pla&amp;n</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Today</source>
            <translation>&amp;Hoy</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Scroll to today</source>
            <translation>Desplazarse hasta hoy</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Colour by</source>
            <translation>Colorear por</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>&amp;Colour by</source>
            <translation>&amp;Colorear por</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Move &amp;successors along</source>
            <translation>Mover &amp;las sucesoras también</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>When a bar moves later, the actions that wait for it move later too</source>
            <translation>Cuando una barra se mueve más tarde, las acciones que la esperan también se mueven más tarde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show baseline</source>
            <translation>Mostrar línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export &amp;PNG…</source>
            <translation>E&amp;xportar PNG…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export SV&amp;G…</source>
            <translation>Exportar SV&amp;G…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as PNG</source>
            <translation>Exportar el cronograma como PNG</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Export the timeline as SVG</source>
            <translation>Exportar el cronograma como SVG</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>PNG pictures (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Available once the plan has an adopted revision (Review step)</source>
            <translation>Disponible cuando el plan tenga una revisión adoptada (paso Seguimiento)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>%n without dates</source>
            <translation>
                <numerusform>%n sin fechas</numerusform>
                <numerusform>%n sin fechas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>read-only</source>
            <translation>solo lectura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the whole plan across the chart ({keys})</source>
            <translation>Mostrar todo el plan a lo ancho del diagrama ({keys})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Timeline saved as {path}</source>
            <translation>Cronograma guardado como {path}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the dates of revision {number} under each bar, to see what slipped</source>
            <translation>Mostrar las fechas de la revisión {number} debajo de cada barra, para ver qué se retrasó</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Adopted dates (revision {number})</source>
            <translation>Fechas adoptadas (revisión {number})</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>Show the chart in {unit}</source>
            <translation>Mostrar el diagrama en {unit}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>from {start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>{plan} timeline</source>
            <translation>Cronograma de {plan}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>At this zoom the chart would be a picture of {width} × {height} pixels, too large to open or print, so nothing was written. Zoom out (Fit or Years) for a picture, or export it as SVG, which has no size limit.</source>
            <translation>Con este zoom el gráfico sería una imagen de {width} × {height} píxeles, demasiado grande para abrirla o imprimirla, así que no se escribió nada. Aleje el zoom (Ajustar o Años) para obtener una imagen, o expórtelo como SVG, que no tiene límite de tamaño.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/timeline_page.py" />
            <source>The chart could not be saved as {path} ({reason}). Nothing was written there; choose another folder, or free some space, and try again.</source>
            <translation>No se pudo guardar el diagrama como {path} ({reason}). No se escribió nada allí; elija otra carpeta, o libere espacio, y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>vision_page</name>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>No vote counts recorded</source>
            <translation>Sin conteo de votos registrado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n for</source>
            <translation>
                <numerusform>%n a favor</numerusform>
                <numerusform>%n a favor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n against</source>
            <translation>
                <numerusform>%n en contra</numerusform>
                <numerusform>%n en contra</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>%n abstention(s)</source>
            <translation>
                <numerusform>%n abstención</numerusform>
                <numerusform>%n abstenciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>No vision adopted yet. Compare the drafts, then record the meeting's decision with “Adopt a draft…”.</source>
            <translation>Aún no se ha adoptado ninguna visión. Compare los borradores y luego registre la decisión de la reunión con “Adoptar un borrador…”.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number}, in force since {date}</source>
            <translation>Versión {number}, vigente desde el {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number}, adopted on {date} (replaced since)</source>
            <translation>Versión {number}, adoptada el {date} (ya reemplazada)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Adopted versions</source>
            <translation>Versiones adoptadas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Adopt a draft…</source>
            <translation>Adoptar un borrador…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Start a new draft from this version</source>
            <translation>Iniciar un nuevo borrador a partir de esta versión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Unknown</source>
            <translation>Desconocida</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>None recorded</source>
            <translation>Ninguno registrado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Revision of version {number}</source>
            <translation>Revisión de la versión {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>Version {number} · {date}</source>
            <translation>Versión {number} · {date}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adopted_vision_panel.py" />
            <source>in force</source>
            <translation>vigente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Adopt a draft as the next version of the vision</source>
            <translation>Adoptar un borrador como la siguiente versión de la visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Taken from the drafts' votes: change it if the adoption was voted on its own</source>
            <translation>Tomado de los votos de los borradores: cámbielo si la adopción se votó aparte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>e.g. Draft A adopted, with Draft B's inclusion target</source>
            <translation>p. ej., Se adoptó el borrador A, con la meta de inclusión del borrador B</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Who disagreed, and what they asked for</source>
            <translation>Quién estuvo en desacuerdo y qué pidió</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Adopt</source>
            <translation>Adoptar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Close without adopting</source>
            <translation>Cerrar sin adoptar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>Vote</source>
            <translation>Votación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>There is no draft to adopt yet.</source>
            <translation>Aún no hay ningún borrador para adoptar.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/adoption_form.py" />
            <source>A vision is adopted at a recorded meeting: add the meeting in the Cluster step first.</source>
            <translation>Una visión se adopta en una reunión registrada: añada primero la reunión en el paso Clúster.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>No votes counted yet</source>
            <translation>Aún no se han contado votos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Drafts side by side</source>
            <translation>Borradores lado a lado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Tick two or three drafts in the list to compare them here.</source>
            <translation>Marque dos o tres borradores en la lista para compararlos aquí.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>No votes counted yet between these drafts.</source>
            <translation>Aún no se han contado votos entre estos borradores.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>{counted}; phones still voting</source>
            <translation>{counted}; los teléfonos siguen votando</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>{total} ({hall} in the hall, {phones} from phones)</source>
            <translation>{total} ({hall} en la sala, {phones} desde teléfonos)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Draws on no vision element yet</source>
            <translation>Aún no se basa en ningún elemento de la visión</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Tied: {titles} have %n vote(s) each.</source>
            <translation>
                <numerusform>Empate: {titles} tienen %n voto cada uno.</numerusform>
                <numerusform>Empate: {titles} tienen %n votos cada uno.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>“{title}” leads with %n vote(s) against {other}.</source>
            <translation>
                <numerusform>“{title}” va en cabeza con %n voto frente a {other}.</numerusform>
                <numerusform>“{title}” va en cabeza con %n votos frente a {other}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>Draws on: {elements}</source>
            <translation>Se basa en: {elements}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>★ Leading</source>
            <translation>★ En cabeza</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/draft_comparison.py" />
            <source>★ Tied for the lead</source>
            <translation>★ Empatado en cabeza</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Firms selling under the common brand</source>
            <translation>p. ej., Empresas que venden con la marca común</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. firms, USD, people</source>
            <translation>p. ej., empresas, USD, personas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Diagnostic study 2025</source>
            <translation>p. ej., Estudio de diagnóstico 2025</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Customs records, firm survey</source>
            <translation>p. ej., Registros de aduanas, encuesta a empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>e.g. Yearly</source>
            <translation>p. ej., Anual</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Save indicator</source>
            <translation>Guardar indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>— typed below —</source>
            <translation>— escrita abajo —</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Baseline from the profile</source>
            <translation>Línea de base del perfil</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>Change the indicator</source>
            <translation>Cambiar el indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>A new indicator for this objective</source>
            <translation>Un nuevo indicador para este objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/indicator_form.py" />
            <source>{field} was not saved: “{text}” is not a number.</source>
            <translation>No se guardó {field}: “{text}” no es un número.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicador</numerusform>
                <numerusform>%n indicadores</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>⚠ Not measurable yet: no indicator</source>
            <translation>⚠ Aún no medible: sin indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>New objective</source>
            <translation>Nuevo objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Delete objective</source>
            <translation>Eliminar objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>e.g. Open export channels to Colombia and Peru</source>
            <translation>p. ej., Abrir canales de exportación a Colombia y Perú</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Vision elements it carries</source>
            <translation>Elementos de la visión que recoge</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Strategic options it carries</source>
            <translation>Opciones estratégicas que recoge</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Save objective</source>
            <translation>Guardar objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Indicators of the objective</source>
            <translation>Indicadores del objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Add indicator</source>
            <translation>Añadir indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Change indicator</source>
            <translation>Cambiar indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Delete indicator</source>
            <translation>Eliminar indicador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Baseline (date, source)</source>
            <translation>Línea de base (fecha, fuente)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Target (date)</source>
            <translation>Meta (fecha)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>Strategic objectives</source>
            <translation>Objetivos estratégicos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>A new objective</source>
            <translation>Un nuevo objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>{keys} in the title</source>
            <translation>{keys} en el título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/objectives_panel.py" />
            <source>{code}: change the objective</source>
            <translation>{code}: cambiar el objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Top items per quadrant</source>
            <translation>Principales elementos por cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Each objective lists the actions that carry it; actions are planned on the Action plan page. Dropped actions answer nothing.</source>
            <translation>Cada objetivo muestra las acciones que lo llevan a cabo; las acciones se planifican en la página Plan de acción. Las acciones descartadas no responden a nada.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Why is each objective here?</source>
            <translation>¿Por qué está aquí cada objetivo?</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Where do the top priorities lead?</source>
            <translation>¿Adónde llevan las prioridades principales?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n objective(s) with no action yet.</source>
            <translation>
                <numerusform>⚠ %n objetivo aún no tiene acciones.</numerusform>
                <numerusform>⚠ %n objetivos aún no tienen acciones.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Top priorities and what answers them</source>
            <translation>Prioridades principales y lo que las responde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>SWOT {code}  {statement}</source>
            <translation>FODA {code}  {statement}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Option {code}  {statement}</source>
            <translation>Opción {code}  {statement}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Vision element: {name}</source>
            <translation>Elemento de la visión: {name}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Objective {code}  {title}</source>
            <translation>Objetivo {code}  {title}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Action {code}  {title}</source>
            <translation>Acción {code}  {title}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>No voting round revealed yet: the top priorities appear here once the diagnostic's votes are revealed.</source>
            <translation>Aún no se ha revelado ninguna ronda de votación: las prioridades principales aparecen aquí cuando se revelan los votos del diagnóstico.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ %n top priority(ies) not answered by any objective yet.</source>
            <translation>
                <numerusform>⚠ %n prioridad principal aún no tiene ningún objetivo que la responda.</numerusform>
                <numerusform>⚠ %n de las prioridades principales aún no tienen ningún objetivo que las responda.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ Not answered by any objective yet</source>
            <translation>⚠ Aún no lo responde ningún objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Every top priority is answered by at least one objective.</source>
            <translation>Cada prioridad principal tiene al menos un objetivo que la responde.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>{item} · rank {rank}, %n dot(s)</source>
            <translation>
                <numerusform>{item} · puesto {rank}, %n punto</numerusform>
                <numerusform>{item} · puesto {rank}, %n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>Not traced yet: tick its vision elements or options</source>
            <translation>Aún sin trazar: marque sus elementos de la visión u opciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>— not answered yet</source>
            <translation>— aún sin respuesta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>⚠ {objective} — no action yet</source>
            <translation>⚠ {objective} — aún sin acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/traceability_view.py" />
            <source>No option uses it yet</source>
            <translation>Aún no la usa ninguna opción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. a recognised brand of quality knitwear in export markets</source>
            <translation>p. ej., una marca reconocida de tejidos de punto de calidad en los mercados de exportación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. cluster firms raise their sales by 30 %</source>
            <translation>p. ej., las empresas del clúster aumentan sus ventas en un 30 %</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. at least 250 poor weaver families raise their turnover by 20 % (poor households, women, youth)</source>
            <translation>p. ej., al menos 250 familias pobres de tejedores aumentan su facturación en un 20 % (hogares pobres, mujeres, jóvenes)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. workshops cut their energy use and keep workers safe</source>
            <translation>p. ej., los talleres reducen su consumo de energía y protegen a sus trabajadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>e.g. Draft C: exports first</source>
            <translation>p. ej., Borrador C: primero las exportaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Use proposal</source>
            <translation>Usar la propuesta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Copy the proposed statement into the statement box</source>
            <translation>Copiar el enunciado propuesto en el cuadro del enunciado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>The statement the room will vote on: type it, or start from the proposal</source>
            <translation>El enunciado que votará la sala: escríbalo o parta de la propuesta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>It draws on these vision elements</source>
            <translation>Se basa en estos elementos de la visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Save draft</source>
            <translation>Guardar borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Proposed statement</source>
            <translation>Enunciado propuesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Statement (edit freely)</source>
            <translation>Enunciado (editable)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>The proposal has every part a cluster vision needs.</source>
            <translation>La propuesta tiene todas las partes que necesita una visión de clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>A new draft</source>
            <translation>Un nuevo borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Untitled draft</source>
            <translation>Borrador sin título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Draft {number}</source>
            <translation>Borrador {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>A complete vision still needs: {parts}.</source>
            <translation>A una visión completa aún le falta: {parts}.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_composer.py" />
            <source>Change “{title}”</source>
            <translation>Cambiar “{title}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>New draft</source>
            <translation>Nuevo borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Change draft</source>
            <translation>Cambiar borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Votes for the selected draft</source>
            <translation>Votos del borrador seleccionado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_drafts_panel.py" />
            <source>Tick up to three drafts to compare them. Space ticks.</source>
            <translation>Marque hasta tres borradores para compararlos. La barra espaciadora marca.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Vision elements</source>
            <translation>Elementos de la visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>New element</source>
            <translation>Nuevo elemento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Delete element</source>
            <translation>Eliminar elemento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>e.g. “A recognised brand in export markets”</source>
            <translation>p. ej., “Una marca reconocida en los mercados de exportación”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Comes from these strategic options</source>
            <translation>Proviene de estas opciones estratégicas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>…and these SWOT items</source>
            <translation>…y de estos elementos FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Save element</source>
            <translation>Guardar elemento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>Change the element</source>
            <translation>Cambiar el elemento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_elements_panel.py" />
            <source>A new vision element</source>
            <translation>Un nuevo elemento de la visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Vision and strategic objectives</source>
            <translation>Visión y objetivos estratégicos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>E&amp;lements</source>
            <translation>E&amp;lementos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Drafts</source>
            <translation>&amp;Borradores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Adopted vision</source>
            <translation>V&amp;isión adoptada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Objectives</source>
            <translation>&amp;Objetivos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>&amp;Traceability</source>
            <translation>&amp;Trazabilidad</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n objective(s)</source>
            <translation>
                <numerusform>%n objetivo</numerusform>
                <numerusform>%n objetivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>The objective and its %n action(s) were deleted, with their partners, milestones and budget lines. Edit ▸ Undo brings them all back.</source>
            <translation>
                <numerusform>Se eliminaron el objetivo y %n acción, con los socios, hitos y líneas de presupuesto de la acción. Editar ▸ Deshacer los recupera.</numerusform>
                <numerusform>Se eliminaron el objetivo y sus %n acciones, con sus socios, hitos y líneas de presupuesto. Editar ▸ Deshacer lo recupera todo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>No vision adopted yet</source>
            <translation>Aún no se ha adoptado ninguna visión</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>%n not measurable yet</source>
            <translation>
                <numerusform>%n aún no medible</numerusform>
                <numerusform>%n aún no medibles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>read-only</source>
            <translation>solo lectura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vision_page.py" />
            <source>Vision version {number} in force</source>
            <translation>Versión {number} de la visión vigente</translation>
        </message>
    </context>
    <context>
        <name>vocabulary</name>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Markets</source>
            <translation>Mercados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Production &amp; technology</source>
            <translation>Producción y tecnología</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Raw materials</source>
            <translation>Materias primas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance</source>
            <translation>Finanzas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Skills</source>
            <translation>Competencias</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Infrastructure</source>
            <translation>Infraestructura</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutions &amp; governance</source>
            <translation>Instituciones y gobernanza</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environment</source>
            <translation>Medio ambiente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social &amp; gender</source>
            <translation>Social y género</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint purchase</source>
            <translation>Compra conjunta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Joint marketing / common brand</source>
            <translation>Comercialización conjunta / marca común</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Trade fair / buyer-seller meet</source>
            <translation>Feria comercial / rueda de negocios</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Shared equipment / common facility</source>
            <translation>Equipo compartido / centro de servicios común</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / skills</source>
            <translation>Capacitación / competencias</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Study tour / twinning</source>
            <translation>Gira de estudio / hermanamiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Design / product development</source>
            <translation>Diseño / desarrollo de productos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quality, testing, certification</source>
            <translation>Calidad, ensayos, certificación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Technology, energy, cleaner production</source>
            <translation>Tecnología, energía, producción más limpia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finance / credit linkage</source>
            <translation>Financiamiento / vinculación crediticia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business services linkage</source>
            <translation>Vinculación con servicios empresariales</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Social protection / occupational safety</source>
            <translation>Protección social / seguridad ocupacional</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institution building (network, consortium, association)</source>
            <translation>Fortalecimiento institucional (red, consorcio, asociación)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Policy dialogue</source>
            <translation>Diálogo de políticas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Main products</source>
            <translation>Productos principales</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Town</source>
            <translation>Localidad</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon from</source>
            <translation>Horizonte desde</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon to</source>
            <translation>Horizonte hasta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>As of</source>
            <translation>Fecha de referencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Stakeholder type</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Size class</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women-led</source>
            <translation>Liderada por mujeres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission</source>
            <translation>Comisión del Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee</source>
            <translation>Comité Directivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Facilitator</source>
            <translation>Facilitador/a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Quadrant</source>
            <translation>Cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Statement</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dots per voter</source>
            <translation>Puntos por votante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Voters</source>
            <translation>Votantes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SWOT items used</source>
            <translation>Elementos FODA usados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Card to keep</source>
            <translation>Tarjeta que se conserva</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cards to merge</source>
            <translation>Tarjetas por fusionar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic options</source>
            <translation>Opciones estratégicas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision elements</source>
            <translation>Elementos de la visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Market positioning</source>
            <translation>Posicionamiento en el mercado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon year</source>
            <translation>Año horizonte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Economic target</source>
            <translation>Meta económica</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Inclusion target</source>
            <translation>Meta de inclusión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Environmental or social commitment</source>
            <translation>Compromiso ambiental o social</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopted on</source>
            <translation>Adoptada el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Decision rule</source>
            <translation>Regla de decisión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes for</source>
            <translation>Votos a favor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Votes against</source>
            <translation>Votos en contra</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Abstentions</source>
            <translation>Abstenciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dissent</source>
            <translation>Disenso</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Next review</source>
            <translation>Próximo seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline</source>
            <translation>Línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline date</source>
            <translation>Fecha de la línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline source</source>
            <translation>Fuente de la línea de base</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Target date</source>
            <translation>Fecha de la meta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Means of verification</source>
            <translation>Medio de verificación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Frequency</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Responsible organisation</source>
            <translation>Organización responsable</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Baseline taken from</source>
            <translation>Línea de base tomada de</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Network type</source>
            <translation>Tipo de red</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizon</source>
            <translation>Horizonte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead organisation</source>
            <translation>Organización líder</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Risks and assumptions</source>
            <translation>Riesgos y supuestos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Addresses women's constraints</source>
            <translation>Aborda limitaciones de las mujeres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Firms</source>
            <translation>Empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Young people</source>
            <translation>Jóvenes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Poor households</source>
            <translation>Hogares pobres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Contribution</source>
            <translation>Aporte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent so far</source>
            <translation>Gastado hasta ahora</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Drop reason</source>
            <translation>Motivo de descarte</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual start</source>
            <translation>Inicio real</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Actual end</source>
            <translation>Fin real</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Measured on</source>
            <translation>Medido el</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Waits for</source>
            <translation>Espera a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lag (days)</source>
            <translation>Desfase (días)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cost lines</source>
            <translation>Líneas de costo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merged into</source>
            <translation>Fusionada con</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add baseline figure “{name}”</source>
            <translation>Añadir la cifra de línea de base “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change baseline figure “{name}”</source>
            <translation>Cambiar la cifra de línea de base “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete baseline figure “{name}”</source>
            <translation>Eliminar la cifra de línea de base “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add organisation “{name}”</source>
            <translation>Añadir la organización “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change organisation “{name}”</source>
            <translation>Cambiar la organización “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete organisation “{name}”</source>
            <translation>Eliminar la organización “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add person “{name}”</source>
            <translation>Añadir a la persona “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change person “{name}”</source>
            <translation>Cambiar a la persona “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete person “{name}”</source>
            <translation>Eliminar a la persona “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add meeting “{name}”</source>
            <translation>Añadir la reunión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change meeting “{name}”</source>
            <translation>Cambiar la reunión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete meeting “{name}”</source>
            <translation>Eliminar la reunión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add SWOT item “{name}”</source>
            <translation>Añadir el elemento FODA “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change SWOT item “{name}”</source>
            <translation>Cambiar el elemento FODA “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move SWOT item “{name}”</source>
            <translation>Mover el elemento FODA “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merge duplicates into “{name}”</source>
            <translation>Fusionar duplicados en “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Separate “{name}” again</source>
            <translation>Volver a separar “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete SWOT item “{name}”</source>
            <translation>Eliminar el elemento FODA “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Accept the idea “{name}” from a phone</source>
            <translation>Aceptar la idea «{name}» de un teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merge the idea “{name}” from a phone</source>
            <translation>Fusionar la idea «{name}» de un teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Drop the idea “{name}” from a phone</source>
            <translation>Descartar la idea «{name}» de un teléfono</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Rename theme “{name}”</source>
            <translation>Renombrar el tema “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Import {name} SWOT items</source>
            <translation>Importar {name} elementos FODA</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add voting round “{name}”</source>
            <translation>Añadir la ronda de votación “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change voting round “{name}”</source>
            <translation>Cambiar la ronda de votación “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete voting round “{name}”</source>
            <translation>Eliminar la ronda de votación “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enter votes for “{name}”</source>
            <translation>Introducir los votos de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add strategic option “{name}”</source>
            <translation>Añadir la opción estratégica “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change strategic option “{name}”</source>
            <translation>Cambiar la opción estratégica “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete strategic option “{name}”</source>
            <translation>Eliminar la opción estratégica “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision element “{name}”</source>
            <translation>Añadir el elemento de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision element “{name}”</source>
            <translation>Cambiar el elemento de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision element “{name}”</source>
            <translation>Eliminar el elemento de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add vision draft “{name}”</source>
            <translation>Añadir el borrador de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change vision draft “{name}”</source>
            <translation>Cambiar el borrador de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete vision draft “{name}”</source>
            <translation>Eliminar el borrador de visión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt “{name}” as the vision</source>
            <translation>Adoptar “{name}” como visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add objective “{name}”</source>
            <translation>Añadir el objetivo “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change objective “{name}”</source>
            <translation>Cambiar el objetivo “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete objective “{name}”</source>
            <translation>Eliminar el objetivo “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add an indicator to “{name}”</source>
            <translation>Añadir un indicador a “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change indicator “{name}”</source>
            <translation>Cambiar el indicador “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete indicator “{name}”</source>
            <translation>Eliminar el indicador “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add action “{name}”</source>
            <translation>Añadir la acción “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change action “{name}”</source>
            <translation>Cambiar la acción “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete action “{name}”</source>
            <translation>Eliminar la acción “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Move action “{name}”</source>
            <translation>Mover la acción “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reschedule “{name}”</source>
            <translation>Reprogramar “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Renumber the actions of “{name}”</source>
            <translation>Renumerar las acciones de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a partner to “{name}”</source>
            <translation>Añadir un socio a “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a partner of “{name}”</source>
            <translation>Cambiar un socio de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove a partner from “{name}”</source>
            <translation>Quitar un socio de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a milestone to “{name}”</source>
            <translation>Añadir un hito a “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a milestone of “{name}”</source>
            <translation>Cambiar un hito de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a milestone of “{name}”</source>
            <translation>Eliminar un hito de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Add a cost line to “{name}”</source>
            <translation>Añadir una línea de costo a “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a cost line of “{name}”</source>
            <translation>Cambiar una línea de costo de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a cost line of “{name}”</source>
            <translation>Eliminar una línea de costo de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Link “{name}”</source>
            <translation>Vincular “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change the link to “{name}”</source>
            <translation>Cambiar el vínculo con “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Remove the link to “{name}”</source>
            <translation>Quitar el vínculo con “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Report progress on “{name}”</source>
            <translation>Informar el avance de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a progress report on “{name}”</source>
            <translation>Cambiar un informe de avance de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a progress report on “{name}”</source>
            <translation>Eliminar un informe de avance de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Record a value of “{name}”</source>
            <translation>Registrar un valor de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change a value of “{name}”</source>
            <translation>Cambiar un valor de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delete a value of “{name}”</source>
            <translation>Eliminar un valor de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review notes on “{name}”</source>
            <translation>Notas de seguimiento de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Adopt revision “{name}”</source>
            <translation>Adoptar la revisión “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Restore revision {name} as the plan</source>
            <translation>Restaurar la revisión {name} como plan</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change “{name}”</source>
            <translation>Cambiar “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Enterprise</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Business association</source>
            <translation>Asociación empresarial</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cooperative / producer group</source>
            <translation>Cooperativa / grupo de productores</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>BDS provider</source>
            <translation>Proveedor de SDE</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank / financial service provider</source>
            <translation>Banco / proveedor de servicios financieros</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Public authority</source>
            <translation>Autoridad pública</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Training / research institution</source>
            <translation>Institución de formación / investigación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>NGO / civil society</source>
            <translation>ONG / sociedad civil</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor / international organisation</source>
            <translation>Donante / organismo internacional</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Lead firm / buyer</source>
            <translation>Empresa tractora / comprador</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Supplier</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro</source>
            <translation>Micro</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small</source>
            <translation>Pequeña</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>No seat</source>
            <translation>Sin puesto</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vice-chair</source>
            <translation>Vicepresidencia</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secretary</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Observer</source>
            <translation>Observador/a</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Diagnostic workshop</source>
            <translation>Taller de diagnóstico</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Validation workshop</source>
            <translation>Taller de validación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vision workshop</source>
            <translation>Taller de visión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Action planning workshop</source>
            <translation>Taller de planificación de acciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster Commission meeting</source>
            <translation>Reunión de la Comisión del Clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Steering Committee meeting</source>
            <translation>Reunión del Comité Directivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Review meeting</source>
            <translation>Reunión de seguimiento</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other meeting</source>
            <translation>Otra reunión</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Micro firms</source>
            <translation>Microempresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Small firms</source>
            <translation>Pequeñas empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Medium firms</source>
            <translation>Medianas empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Large firms</source>
            <translation>Grandes empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, women</source>
            <translation>Empleo, mujeres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Employment, men</source>
            <translation>Empleo, hombres</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Turnover</source>
            <translation>Facturación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Exports</source>
            <translation>Exportaciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Weaknesses</source>
            <translation>Debilidades</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Threats</source>
            <translation>Amenazas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On the board</source>
            <translation>En el tablero</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Merged</source>
            <translation>Fusionada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>SO: use strengths to seize opportunities</source>
            <translation>SO: usar las fortalezas para aprovechar las oportunidades</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>ST: use strengths to counter threats</source>
            <translation>ST: usar las fortalezas para contrarrestar las amenazas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WO: overcome weaknesses through opportunities</source>
            <translation>WO: superar las debilidades aprovechando las oportunidades</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>WT: reduce weaknesses and avoid threats</source>
            <translation>WT: reducir las debilidades y evitar las amenazas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Consensus</source>
            <translation>Consenso</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Simple majority</source>
            <translation>Mayoría simple</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Two-thirds majority</source>
            <translation>Mayoría de dos tercios</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other rule</source>
            <translation>Otra regla</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Horizontal: among firms</source>
            <translation>Horizontal: entre empresas</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Vertical: firms with institutions</source>
            <translation>Vertical: empresas con instituciones</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Institutional</source>
            <translation>Institucional</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pilot (quick win)</source>
            <translation>Piloto (logro rápido)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Short-term</source>
            <translation>Corto plazo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Strategic</source>
            <translation>Estratégica</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Proposed</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Delayed</source>
            <translation>Retrasada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>On hold</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Dropped</source>
            <comment>action status</comment>
            <translation>Descartada</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Staff days</source>
            <translation>Días de personal</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Not stated yet</source>
            <translation>Sin precisar todavía</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Cluster firms</source>
            <translation>Empresas del clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Association</source>
            <translation>Asociación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Other source</source>
            <translation>Otra fuente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Pledged</source>
            <translation>Comprometido</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Secured</source>
            <translation>Asegurado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Spent</source>
            <translation>Gastado</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to start</source>
            <translation>Fin a inicio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to start</source>
            <translation>Inicio a inicio</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Finish to finish</source>
            <translation>Fin a fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Start to finish</source>
            <translation>Inicio a fin</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change {fields} of the cluster profile</source>
            <translation>Cambiar {fields} del perfil del clúster</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Reveal the results of “{name}”</source>
            <translation>Revelar los resultados de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Hide the results of “{name}”</source>
            <translation>Ocultar los resultados de “{name}”</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/vocabulary.py" />
            <source>Change attendance of “{name}”</source>
            <translation>Cambiar la asistencia de “{name}”</translation>
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
            <translation>Puntos colocados desde teléfonos (se suman a los votos en papel)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Voting round</source>
            <translation>Ronda de votación</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;New round</source>
            <translation>&amp;Nueva ronda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Open a new dot-voting round at the latest meeting</source>
            <translation>Abrir una nueva ronda de votación con puntos en la reunión más reciente</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete round</source>
            <translation>Eliminar ronda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Delete this round and its tallies (Undo brings it back)</source>
            <translation>Eliminar esta ronda y sus conteos (Deshacer la recupera)</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>not counted</source>
            <translation>sin contar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>&amp;Reveal results</source>
            <translation>&amp;Revelar resultados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Top items per quadrant</source>
            <translation>Principales elementos por cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Top </source>
            <translation>Los </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source> per quadrant</source>
            <translation> principales por cuadrante</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide tallies</source>
            <translation>Ocultar conteos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Collapse the entry tables while the screen is projected, until you reveal</source>
            <translation>Contraer las tablas de entrada mientras se proyecta la pantalla, hasta que revele los resultados</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Tallies are hidden from the audience.</source>
            <translation>Los conteos están ocultos para el público.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Dots per card</source>
            <translation>Puntos por tarjeta</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes by sex and stakeholder type</source>
            <translation>Votos por sexo y tipo de actor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>R&amp;ound</source>
            <translation>R&amp;onda</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Entered by group (see the breakdown below); typing a total replaces it.</source>
            <translation>Introducidos por grupo (vea el desglose abajo); escribir un total lo reemplaza.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Any stakeholder type</source>
            <translation>Cualquier tipo de actor</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>No voting round yet. Press New round to enter the dots of a vote.</source>
            <translation>Aún no hay rondas de votación. Pulse Nueva ronda para introducir los puntos de una votación.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>A voting round belongs to a meeting: record the meeting on the Cluster step (Meetings tab) first.</source>
            <translation>Una ronda de votación pertenece a una reunión: registre primero la reunión en el paso Clúster (pestaña Reuniones).</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Hide &amp;results</source>
            <translation>O&amp;cultar resultados</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s) entered; enter the number of voters to check the total.</source>
            <translation>
                <numerusform>%n punto introducido; introduzca el número de votantes para comprobar el total.</numerusform>
                <numerusform>%n puntos introducidos; introduzca el número de votantes para comprobar el total.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show tallies</source>
            <translation>Mostrar conteos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Select a card above to enter its votes by group.</source>
            <translation>Seleccione una tarjeta arriba para introducir sus votos por grupo.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Q</source>
            <translation>C</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Show ranks on the board ({keys}); press again to hide them</source>
            <translation>Mostrar los puestos en el tablero ({keys}); pulse de nuevo para ocultarlos</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Type a card's dots and press {key}: the next card is ready for its number.</source>
            <translation>Escriba los puntos de una tarjeta y pulse {key}: la siguiente tarjeta queda lista para su número.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{cast} of %n dot(s) entered ({voters} × {dots}).</source>
            <translation>
                <numerusform>{cast} de %n punto introducidos ({voters} × {dots}).</numerusform>
                <numerusform>{cast} de %n puntos introducidos ({voters} × {dots}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n votante</numerusform>
                <numerusform>%n votantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>{extra} more dots were entered than {voters} voters could cast. Check the tallies or the number of voters.</source>
            <translation>Se introdujeron {extra} puntos más de los que podían emitir {voters} votantes. Revise los conteos o el número de votantes.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Votes for “{card}” by group</source>
            <translation>Votos de “{card}” por grupo</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Deleted the round “{title}”. Undo brings it back.</source>
            <translation>Se eliminó la ronda “{title}”. Deshacer la recupera.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>Phones: {dots} from {phones} (counted with the paper).</source>
            <translation>Teléfonos: {dots} de {phones} (contados con el papel).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../cluster_planner/ui/voting_panel.py" />
            <source>%n phone(s)</source>
            <translation>
                <numerusform>%n teléfono</numerusform>
                <numerusform>%n teléfonos</numerusform>
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
            <translation>Planifique una iniciativa de desarrollo de clúster con sus actores: del diagnóstico y una visión compartida a un plan de acción, un cronograma y una hoja de ruta para la Comisión del Clúster.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;New Plan…</source>
            <translation>&amp;Nuevo plan…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Open…</source>
            <translation>A&amp;brir…</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Open the &amp;Demo Plan</source>
            <translation>Abrir el &amp;plan de demostración</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>The demo is the garment cluster of Atuntaqui, Ecuador. Each time you open it you get a fresh copy to try things on.</source>
            <translation>La demostración es el clúster de confecciones de Atuntaqui, Ecuador. Cada vez que la abre obtiene una copia nueva para hacer pruebas.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>&amp;Recent plans</source>
            <translation>Planes &amp;recientes</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>Plans you open appear here, so you can come back to them in one click.</source>
            <translation>Los planes que abra aparecen aquí, para que pueda volver a ellos con un clic.</translation>
        </message>
        <message>
            <location filename="../../../cluster_planner/ui/welcome_screen.py" />
            <source>{path} (not found)</source>
            <translation>{path} (no encontrado)</translation>
        </message>
    </context>
</TS>
