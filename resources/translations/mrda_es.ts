<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="42"/>
        <location filename="../../ui/about_dialog.py" line="45"/>
        <source>About and evidence</source>
        <translation>Acerca de y evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>Licences and third-party notices</source>
        <translation>Licencias y avisos de terceros</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="49"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>&amp;About and evidence</source>
        <translation>&amp;Acerca de y evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licencias</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="60"/>
        <source>The content could not be loaded: {reason}</source>
        <translation>No se pudo cargar el contenido: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="72"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="74"/>
        <source>MR Decision Aid</source>
        <translation>MR Decision Aid</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="78"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="79"/>
        <source>Content date</source>
        <translation>Fecha del contenido</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>How the content is kept up to date</source>
        <translation>Cómo se mantiene al día el contenido</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Guideline sets</source>
        <translation>Guías de práctica clínica</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>ACC/AHA 2020 valvular heart disease guideline; ESC/EACTS 2025 valvular heart disease guideline.</source>
        <translation>Guía ACC/AHA 2020 sobre valvulopatías; guía ESC/EACTS 2025 sobre valvulopatías.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="88"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>not yet verified against the primary source</source>
        <translation>aún no verificado con la fuente original</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="91"/>
        <source>checked against a secondary source</source>
        <translation>comprobado con una fuente secundaria</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>SURE test</source>
        <translation>Prueba SURE</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="109"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110"/>
        <source>The program is free software under the MIT licence. The content (texts, numbers, citations, example cases) is under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</source>
        <translation>El programa es software libre con licencia MIT. El contenido (textos, cifras, citas, casos de ejemplo) tiene la licencia Creative Commons Atribución 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="113"/>
        <source>Third-party software and fonts (Qt and PySide6 under the LGPL, WeasyPrint, the DejaVu fonts and others): see the Licences tab. The full licence texts come with the app, in: {folder}</source>
        <translation>Software y tipos de letra de terceros (Qt y PySide6 con licencia LGPL, WeasyPrint, las fuentes DejaVu y otros): vea la pestaña Licencias. Los textos completos de las licencias vienen con la aplicación, en: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="124"/>
        <source>The notices file is missing from this installation.</source>
        <translation>Falta el archivo de avisos en esta instalación.</translation>
    </message>
</context>
<context>
    <name>AnatomyPage</name>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="15"/>
        <source>Valve anatomy and special situations</source>
        <translation>Anatomía valvular y situaciones especiales</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="16"/>
        <source>For the heart team: anatomy from the echo (TTE/TEE) and plans.</source>
        <translation>Para el equipo cardíaco: anatomía según el eco (ETT/ETE) y planes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="18"/>
        <location filename="../../ui/pages_anatomy.py" line="22"/>
        <source>Leaflet involvement</source>
        <translation>Afectación de los velos</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="19"/>
        <source>Posterior, limited (less than half of the leaflet)</source>
        <translation>Posterior, limitada (menos de la mitad del velo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="20"/>
        <source>Posterior</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="20"/>
        <source>Anterior</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="21"/>
        <source>Both leaflets</source>
        <translation>Ambos velos</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="21"/>
        <location filename="../../ui/pages_anatomy.py" line="33"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="24"/>
        <source>Successful and durable repair likely</source>
        <translation>Probable reparación eficaz y duradera</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="25"/>
        <source>Anatomy suitable for TEER</source>
        <translation>Anatomía adecuada para TEER</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="26"/>
        <source>Severe mitral annular calcification</source>
        <translation>Calcificación grave del anillo mitral (CAM)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="29"/>
        <location filename="../../ui/pages_anatomy.py" line="34"/>
        <source>Prior mitral intervention</source>
        <translation>Intervención mitral previa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="30"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="30"/>
        <source>Bioprosthesis</source>
        <translation>Bioprótesis</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="31"/>
        <source>Mechanical valve</source>
        <translation>Válvula mecánica</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="32"/>
        <source>Repair with a ring or other material</source>
        <translation>Reparación con anillo u otro material</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="33"/>
        <source>TEER device</source>
        <translation>Dispositivo de TEER</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="36"/>
        <source>Prior mitral bioprosthesis or ring failing</source>
        <translation>Disfunción de bioprótesis o anillo mitral previos</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="37"/>
        <source>CABG planned</source>
        <translation>CABG programada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="38"/>
        <source>Other cardiac surgery planned</source>
        <translation>Otra cirugía cardíaca programada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="39"/>
        <source>Previous endocarditis</source>
        <translation>Endocarditis previa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="40"/>
        <source>Life expectancy over 1 year</source>
        <translation>Esperanza de vida superior a 1 año</translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="44"/>
        <source>Rheumatic mitral stenosis with valve area 2.0 cm² or less</source>
        <translation>Estenosis mitral reumática con área valvular de 2,0 cm² o menos</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/pages_base.py" line="286"/>
        <source>This answer could not be used: %1</source>
        <translation>No se pudo usar esta respuesta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="391"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="391"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="395"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="406"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="406"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="407"/>
        <location filename="../../ui/pages_base.py" line="422"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="417"/>
        <source>None or trace</source>
        <translation>Ninguna o mínima</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="418"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="419"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="420"/>
        <source>Moderate to severe</source>
        <translation>Moderada a grave</translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="421"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>MR Decision Aid</source>
        <extracomment>every page after the first: (id, module, class); built when first needed called on Finish instead of closing (the main window explains what happens)</extracomment>
        <translation>MR Decision Aid</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98"/>
        <source>Back to &amp;review</source>
        <translation>Volver a la &amp;revisión</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Back to review</source>
        <translation>Volver a la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/widgets.py" line="406"/>
        <source>none ticked</source>
        <translation>nada marcado</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/widgets.py" line="334"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/comparison.py" line="36"/>
        <source>Options side by side</source>
        <translation>Opciones comparadas</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="89"/>
        <source>Guideline tier</source>
        <translation>Nivel según la guía</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="91"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="95"/>
        <source>Possible benefits</source>
        <translation>Posibles beneficios</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="96"/>
        <source>Possible risks</source>
        <translation>Posibles riesgos</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <location filename="../../ui/widgets.py" line="415"/>
        <source>⚠ Call emergency services now (911 in the US, 112 in Europe). Your symptoms can be signs of an emergency: do not wait to finish this.</source>
        <translation>⚠ Llame ahora al número de emergencias (911 en EE. UU., 112 en Europa). Sus síntomas pueden ser señales de una emergencia. No espere a terminar esto.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="419"/>
        <source>Emergency warning</source>
        <translation>Aviso de emergencia</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Something went wrong</source>
        <extracomment>the .desktop file&apos;s name without &quot;.desktop&quot;, and the AppStream id (packaging/)</extracomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Something went wrong in the MR Decision Aid. Your answers were saved first, and the app offers them back if you open it again.</source>
        <translation>Algo salió mal en MR Decision Aid. Sus respuestas se guardaron antes, y la aplicación se las ofrecerá de nuevo cuando la vuelva a abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>Something went wrong in the MR Decision Aid. Your answers could not be saved automatically: use File ▸ Save now.</source>
        <translation>Algo salió mal en MR Decision Aid. Sus respuestas no se pudieron guardar automáticamente. Use ahora Archivo ▸ Guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>You can go on working. If this happens again, copy the details and send them to whoever gave you the app. The details hold none of your answers.</source>
        <translation>Puede seguir trabajando. Si vuelve a pasar, copie los detalles y envíelos a quien le dio la aplicación. Los detalles no incluyen ninguna de sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>EuroScoreDialog</name>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="35"/>
        <source>EuroSCORE II calculator</source>
        <translation>Calculadora EuroSCORE II</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="50"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="50"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="51"/>
        <source>Serum creatinine</source>
        <translation>Creatinina sérica</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="52"/>
        <source>or creatinine clearance</source>
        <translation>o aclaramiento de creatinina</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="53"/>
        <source>LVEF</source>
        <translation>FEVI</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="53"/>
        <source>PA systolic pressure</source>
        <translation>Presión sistólica pulmonar (PSAP)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="59"/>
        <location filename="../../ui/pages_euroscore.py" line="61"/>
        <source>Creatinine unit</source>
        <translation>Unidad de creatinina</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="63"/>
        <source>Pulmonary hypertension</source>
        <translation>Hipertensión pulmonar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="64"/>
        <source>Use the PA systolic pressure above</source>
        <translation>Usar la PSAP indicada arriba</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="65"/>
        <source>Not raised (PA systolic 30 mmHg or less)</source>
        <translation>No elevada (PSAP de 30 mmHg o menos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="66"/>
        <source>Moderate (PA systolic 31–55 mmHg)</source>
        <translation>Moderada (PSAP de 31–55 mmHg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="67"/>
        <source>Severe (PA systolic over 55 mmHg)</source>
        <translation>Grave (PSAP superior a 55 mmHg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="68"/>
        <source>or pulmonary hypertension</source>
        <translation>o hipertensión pulmonar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <location filename="../../ui/pages_euroscore.py" line="72"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="73"/>
        <location filename="../../ui/pages_euroscore.py" line="74"/>
        <source>On dialysis</source>
        <translation>En diálisis</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="76"/>
        <location filename="../../ui/pages_euroscore.py" line="78"/>
        <source>NYHA class</source>
        <translation>Clase funcional NYHA</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="79"/>
        <location filename="../../ui/pages_euroscore.py" line="82"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="80"/>
        <source>Elective</source>
        <translation>Electiva</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="80"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="81"/>
        <source>Emergency</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="81"/>
        <source>Salvage</source>
        <translation>De rescate</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="83"/>
        <location filename="../../ui/pages_euroscore.py" line="88"/>
        <source>Weight of the intervention</source>
        <translation>Peso de la intervención</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="84"/>
        <source>Single non-CABG (e.g. mitral surgery alone)</source>
        <translation>Un solo procedimiento distinto de CABG (p. ej., cirugía mitral aislada)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="85"/>
        <source>Two procedures (e.g. mitral surgery with CABG)</source>
        <translation>Dos procedimientos (p. ej., cirugía mitral con CABG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="86"/>
        <source>Three or more procedures</source>
        <translation>Tres o más procedimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="87"/>
        <source>Isolated CABG</source>
        <translation>CABG aislada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="89"/>
        <source>Other factors (tick if present)</source>
        <translation>Otros factores (marque los presentes)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="92"/>
        <source>Extracardiac arteriopathy</source>
        <translation>Arteriopatía extracardíaca</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="93"/>
        <source>Poor mobility</source>
        <translation>Movilidad reducida</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="94"/>
        <source>Previous cardiac surgery</source>
        <translation>Cirugía cardíaca previa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="95"/>
        <source>Chronic lung disease</source>
        <translation>Enfermedad pulmonar crónica</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="96"/>
        <source>Active endocarditis</source>
        <translation>Endocarditis activa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="97"/>
        <source>Critical preoperative state</source>
        <translation>Estado preoperatorio crítico</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="98"/>
        <source>Diabetes on insulin</source>
        <translation>Diabetes en tratamiento con insulina</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="99"/>
        <source>CCS class 4 angina</source>
        <translation>Angina clase 4 de la CCS</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="100"/>
        <source>Recent myocardial infarction (within 90 days)</source>
        <translation>Infarto de miocardio reciente (en los últimos 90 días)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="101"/>
        <source>Surgery on the thoracic aorta</source>
        <translation>Cirugía de la aorta torácica</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="119"/>
        <source>EuroSCORE II result</source>
        <translation>Resultado del EuroSCORE II</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="128"/>
        <location filename="../../ui/pages_euroscore.py" line="129"/>
        <source>Use this result</source>
        <extracomment>nothing is called wrong before the person has typed or chosen anything</extracomment>
        <translation>Usar este resultado</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="195"/>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="195"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="198"/>
        <source>Still needed: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="205"/>
        <source>Fill in the answers above; the result appears here.</source>
        <translation>Complete los datos de arriba; el resultado aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="208"/>
        <source>Could not calculate: %1</source>
        <translation>No se pudo calcular: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="212"/>
        <source>EuroSCORE II: %1% predicted in-hospital mortality after surgery</source>
        <translation>EuroSCORE II: %1% de mortalidad hospitalaria prevista tras la cirugía</translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="215"/>
        <source>Creatinine clearance (Cockcroft–Gault): %1 mL/min</source>
        <translation>Aclaramiento de creatinina (Cockcroft–Gault): %1 mL/min</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/export_progress.py" line="20"/>
        <source>Cancel</source>
        <extracomment>the export&apos;s stages, in order (ui.export.SummaryExport.progress)</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="21"/>
        <source>Visit summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="22"/>
        <source>Creating the visit summary</source>
        <translation>Creando el resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="32"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="39"/>
        <source>Stop making the summary?</source>
        <translation>¿Dejar de crear el resumen?</translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="40"/>
        <source>The visit summary is not finished. Stop making it? Your answers are kept.</source>
        <translation>El resumen para la consulta no está terminado. ¿Dejar de crearlo? Sus respuestas se conservan.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets.py" line="219"/>
        <source>Problem with this answer</source>
        <translation>Problema con esta respuesta</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="136"/>
        <source>Type to find a word</source>
        <translation>Escriba para buscar una palabra</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>Find a word</source>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="139"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="147"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="148"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="155"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="162"/>
        <source>The glossary could not be loaded: {reason}</source>
        <translation>No se pudo cargar el glosario: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="177"/>
        <source>No word matches.</source>
        <translation>Ninguna palabra coincide.</translation>
    </message>
</context>
<context>
    <name>HeartPage</name>
    <message>
        <location filename="../../ui/pages_heart.py" line="15"/>
        <source>Heart function and rhythm</source>
        <translation>Función y ritmo del corazón</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="16"/>
        <source>How well the heart pumps and its rhythm. Leave blank or choose “I don&apos;t know” for anything not measured.</source>
        <translation>Qué tan bien bombea el corazón y su ritmo. Deje en blanco o elija “No lo sé” si algo no se midió.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="21"/>
        <source>Pumping strength (ejection fraction, EF)</source>
        <translation>Fuerza de bombeo (fracción de eyección, FE)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="27"/>
        <location filename="../../ui/pages_heart.py" line="28"/>
        <source>Atrial fibrillation</source>
        <translation>Fibrilación auricular</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="28"/>
        <source>Irregular heartbeat (atrial fibrillation)</source>
        <translation>Latido irregular (fibrilación auricular)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="31"/>
        <location filename="../../ui/pages_heart.py" line="32"/>
        <source>Tricuspid regurgitation grade</source>
        <translation>Grado de insuficiencia tricuspídea</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="34"/>
        <source>Progressive LV enlargement or falling LVEF on 3 or more studies</source>
        <translation>Dilatación progresiva del VI o descenso de la FEVI en 3 o más estudios</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="35"/>
        <source>On optimal guideline-directed medical therapy (GDMT)</source>
        <translation>Con tratamiento médico óptimo recomendado por las guías (TMG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="40"/>
        <location filename="../../ui/pages_heart.py" line="44"/>
        <source>Cardiac resynchronisation therapy (CRT)</source>
        <translation>Terapia de resincronización cardíaca (TRC)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="41"/>
        <source>Not indicated</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="41"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="42"/>
        <source>Implanted</source>
        <translation>Implantada</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="42"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="45"/>
        <source>Heart-failure hospitalisation in the last year or raised natriuretic peptides</source>
        <translation>Hospitalización por insuficiencia cardíaca en el último año o péptidos natriuréticos elevados</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="50"/>
        <source>Coronary disease needing revascularisation</source>
        <translation>Enfermedad coronaria que requiere revascularización</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="51"/>
        <source>Severe RV dysfunction</source>
        <translation>Disfunción grave del VD</translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="52"/>
        <source>Advanced (stage D) heart failure</source>
        <translation>Insuficiencia cardíaca avanzada (estadio D)</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <location filename="../../ui/help_pane.py" line="93"/>
        <location filename="../../ui/help_pane.py" line="102"/>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Words explained</source>
        <translation>Explicación de palabras</translation>
    </message>
    <message>
        <location filename="../../ui/help_pane.py" line="104"/>
        <source>The word list is not available.</source>
        <translation>La lista de palabras no está disponible.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ui/widgets.py" line="436"/>
        <source>Problems on this page</source>
        <translation>Problemas en esta página</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <extracomment>with lazy=True the rest of the set-up starts this long after the first page is shown</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Create visit &amp;summary…</source>
        <translation>Crear &amp;resumen para la consulta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Words explained</source>
        <translation>&amp;Explicación de palabras</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glosario…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;About and evidence…</source>
        <translation>&amp;Acerca de y evidencia…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>New session</source>
        <translation>Sesión nueva</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>%1%2 — MR Decision Aid</source>
        <translation>%1%2 — MR Decision Aid</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Your answers are not saved yet. If you close without saving, they are gone.</source>
        <translation>Sus respuestas aún no están guardadas. Si cierra sin guardar, se perderán.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>Your answers are saved in %1.</source>
        <translation>Sus respuestas están guardadas en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Nothing was entered that needs saving.</source>
        <translation>No se ingresó nada que haya que guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Your visit summary was saved to %1.</source>
        <translation>Su resumen para la consulta se guardó en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>No visit summary was made. You can make one on this page before closing.</source>
        <translation>No se creó ningún resumen para la consulta. Puede crear uno en esta página antes de cerrar.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Close the aid now?</source>
        <translation>¿Cerrar la herramienta ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/widgets.py" line="82"/>
        <location filename="../../ui/widgets.py" line="180"/>
        <source>Accepted range: %1</source>
        <translation>Valores aceptados: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="85"/>
        <location filename="../../ui/widgets.py" line="189"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="87"/>
        <source>I don&apos;t know: %1</source>
        <translation>No lo sé: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153"/>
        <source>“%1” is not a number. %2 must be a number %3.</source>
        <translation>“%1” no es un número. %2 debe ser un número %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="157"/>
        <source>%1 must be a whole number of %2, %3.</source>
        <translation>%1 debe ser un número entero de %2, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="160"/>
        <source>%1 must be a whole number, %3.</source>
        <translation>%1 debe ser un número entero, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="164"/>
        <source>%1 must be %2. You typed %3.</source>
        <translation>%1 debe ser %2. Usted escribió %3.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="174"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="191"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <location filename="../../ui/option_card.py" line="80"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="81"/>
        <source>Show details of {name}</source>
        <translation>Mostrar detalles de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="88"/>
        <source>What it is, what it is like, benefits, risks and numbers</source>
        <translation>Qué es, cómo es, beneficios, riesgos y cifras</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="107"/>
        <source>The aid&apos;s reading of the guideline: {tier}</source>
        <translation>Interpretación de la guía por la herramienta: {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="119"/>
        <source>Why (from the inputs):</source>
        <translation>Por qué (según los datos):</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="123"/>
        <source>verified against the guideline text</source>
        <translation>cotejado con el texto de la guía</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="125"/>
        <source>NOT verified against the guideline text</source>
        <translation>NO cotejado con el texto de la guía</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="127"/>
        <source>{society} {year}, {section}: class {cls}, level of evidence {loe} ({flag}). {text}</source>
        <translation>{society} {year}, {section}: clase {cls}, nivel de evidencia {loe} ({flag}). {text}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="144"/>
        <source>Would change with these missing inputs: {items}</source>
        <translation>Cambiaría con estos datos que faltan: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="156"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="159"/>
        <source>What it is like</source>
        <translation>Cómo es</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="166"/>
        <source>Possible benefits</source>
        <translation>Posibles beneficios</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="167"/>
        <source>Possible risks</source>
        <translation>Posibles riesgos</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="174"/>
        <source>Key numbers: out of 100 people</source>
        <translation>Cifras clave: de cada 100 personas</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="185"/>
        <source>{count} of 100 people: {text}</source>
        <translation>{count} de cada 100 personas: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="191"/>
        <source>Who: {group}. Over: {horizon}.</source>
        <translation>Quiénes: {group}. Tiempo: {horizon}.</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="196"/>
        <source>Compared with: {text}</source>
        <translation>Comparado con: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="199"/>
        <source>Source: {citation}</source>
        <translation>Fuente: {citation}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="201"/>
        <source>How sure: {uncertainty}</source>
        <translation>Grado de certeza: {uncertainty}</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="204"/>
        <source>Unverified number: not yet checked against the primary source; ask your care team.</source>
        <translation>Cifra no verificada: aún no se ha comprobado con la fuente original. Pregunte a su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="218"/>
        <source>Hospital stay</source>
        <translation>Tiempo en el hospital</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="219"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="220"/>
        <source>Anaesthesia</source>
        <translation>Anestesia</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="221"/>
        <source>Lifelong medicines</source>
        <translation>Medicamentos de por vida</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="222"/>
        <source>Valve click</source>
        <translation>Clic de la válvula</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="223"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="224"/>
        <source>How long it lasts</source>
        <translation>Cuánto dura</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="50"/>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="59"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="67"/>
        <source>Patient view</source>
        <translation>Vista para el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="68"/>
        <source>Clinician view</source>
        <translation>Vista para profesionales</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="69"/>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="70"/>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="73"/>
        <source>ACC/AHA 2020</source>
        <translation>ACC/AHA 2020</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="74"/>
        <source>ESC/EACTS 2025</source>
        <translation>ESC/EACTS 2025</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="75"/>
        <source>Guideline set</source>
        <translation>Guías de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="76"/>
        <source>&amp;Guideline set:</source>
        <translation>&amp;Guías de referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="95"/>
        <source>Options and comparison</source>
        <translation>Opciones y comparación</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="100"/>
        <source>Option cards</source>
        <translation>Fichas de las opciones</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="102"/>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="103"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="157"/>
        <source>The options cannot be shown right now: {reason}</source>
        <translation>Las opciones no se pueden mostrar en este momento: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="169"/>
        <source>Clinician view ({guideline}): for each option, the aid&apos;s reading of the guideline, the inputs behind it, the cited recommendations with their own class and level, and the missing inputs that would change it.</source>
        <translation>Vista para profesionales ({guideline}): para cada opción, la interpretación de la guía por la herramienta, los datos en que se basa, las recomendaciones citadas con su propia clase y nivel, y los datos que faltan y que podrían cambiarla.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="177"/>
        <source>Options people in your situation discuss with their care team. They are always shown in the same order. Open an option to see what it is like, its possible benefits and risks, and what happened to groups of 100 people in studies.</source>
        <translation>Opciones que las personas en su situación hablan con su equipo de atención. Siempre aparecen en el mismo orden. Abra una opción para ver cómo es y sus posibles beneficios y riesgos. También verá qué les pasó a grupos de 100 personas en estudios.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="213"/>
        <source>Emergency signs</source>
        <translation>Señales de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="227"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="234"/>
        <source>Other care to talk about</source>
        <translation>Otros cuidados de los que hablar</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="246"/>
        <source>Notes on the inputs</source>
        <translation>Notas sobre los datos</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages_review.py" line="18"/>
        <source>Check your answers</source>
        <extracomment>emitted with the page id to go back to</extracomment>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="19"/>
        <source>Everything you entered. Use “Change” to correct an answer.</source>
        <translation>Todo lo que ingresó. Use “Cambiar” para corregir una respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="25"/>
        <source>What the aid worked out</source>
        <translation>Lo que calculó la herramienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="59"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="61"/>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="74"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="74"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="75"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="75"/>
        <source>prohibitive</source>
        <translation>prohibitivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="76"/>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="78"/>
        <source>Worked out from your answers — grade: %1 · stage: %2 · surgical risk: %3</source>
        <translation>Calculado a partir de sus respuestas — grado: %1 · estadio: %2 · riesgo quirúrgico: %3</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/pages_risk.py" line="20"/>
        <source>Surgical risk</source>
        <translation>Riesgo quirúrgico</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="21"/>
        <source>How risky an operation would be. Scores come from your care team; choose “I don&apos;t know” if you have none.</source>
        <translation>Qué tan riesgosa sería una operación. Su equipo de atención le da las puntuaciones. Elija “No lo sé” si no tiene ninguna.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="25"/>
        <source>Your age</source>
        <translation>Su edad</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <location filename="../../ui/pages_risk.py" line="29"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="27"/>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="31"/>
        <source>May want to become pregnant in the future</source>
        <translation>Posible deseo de embarazo en el futuro</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="33"/>
        <source>Might you want to become pregnant in the future?</source>
        <translation>¿Es posible que quiera quedar embarazada en el futuro?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="36"/>
        <source>Surgical risk score (STS), if you were given one</source>
        <translation>Puntuación de riesgo quirúrgico (STS), si le dieron una</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="39"/>
        <source>EuroSCORE II, if you were given one</source>
        <translation>EuroSCORE II, si le dieron uno</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="40"/>
        <source>&amp;Calculate EuroSCORE II…</source>
        <translation>&amp;Calcular EuroSCORE II…</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="42"/>
        <source>Calculate EuroSCORE II</source>
        <translation>Calcular EuroSCORE II</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="49"/>
        <source>Procedure-specific impediment</source>
        <translation>Impedimento específico del procedimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="50"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="50"/>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="51"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="52"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="53"/>
        <source>Procedure-specific impediment (e.g. porcelain aorta, chest radiation)</source>
        <translation>Impedimento específico del procedimiento (p. ej., aorta de porcelana, radiación torácica)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="55"/>
        <source>Predicted risk of death or major morbidity with surgery over 50% at 1 year</source>
        <translation>Riesgo previsto de muerte o morbilidad mayor con la cirugía superior al 50% a 1 año</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="59"/>
        <source>Surgical risk category</source>
        <translation>Categoría de riesgo quirúrgico</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="96"/>
        <source>low</source>
        <extracomment>the dialog class (tests may replace it)</extracomment>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="96"/>
        <source>intermediate</source>
        <translation>intermedio</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="97"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="97"/>
        <source>prohibitive</source>
        <translation>prohibitivo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="98"/>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="100"/>
        <source>Surgical risk category: %1</source>
        <translation>Categoría de riesgo quirúrgico: %1</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <location filename="../../ui/sessions.py" line="163"/>
        <source>another copy of the aid holds every autosave place</source>
        <extracomment>Copies of the app that can run at once, each with its own autosave. a new Case was loaded (open, new, recovery): the wizard should start again the window title should change (file name, unsaved marker)</extracomment>
        <translation>otra copia de la herramienta ocupa todos los lugares de guardado automático</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="175"/>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="176"/>
        <source>Your answers cannot be saved automatically (%1). Use File ▸ Save.</source>
        <translation>Sus respuestas no se pueden guardar automáticamente (%1). Use Archivo ▸ Guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="202"/>
        <source>Resume unsaved answers?</source>
        <translation>¿Recuperar las respuestas sin guardar?</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="203"/>
        <source>The aid did not close properly last time (%1). Resume the answers entered then?

If you choose No, they are kept and can be resumed from the start page.</source>
        <translation>La herramienta no se cerró bien la última vez (%1). ¿Recuperar las respuestas que se ingresaron entonces?

Si elige No, se conservan y puede recuperarlas desde la página de inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="237"/>
        <source>The file was kept as %1.</source>
        <translation>El archivo se conservó como %1.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="286"/>
        <source>MR decision aid session (*.json);;All files (*)</source>
        <translation>Sesión de MR Decision Aid (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="293"/>
        <source>Open a saved session</source>
        <translation>Abrir una sesión guardada</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="318"/>
        <source>Save the session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="330"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="331"/>
        <source>The session could not be saved to %1: %2. Your answers are still here; try another folder.</source>
        <translation>No se pudo guardar la sesión en %1: %2. Sus respuestas siguen aquí; pruebe con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="345"/>
        <source>Unsaved answers</source>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="346"/>
        <source>Save your answers before going on?</source>
        <translation>¿Guardar sus respuestas antes de continuar?</translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="357"/>
        <source>Cannot open this session</source>
        <translation>No se puede abrir esta sesión</translation>
    </message>
</context>
<context>
    <name>SeverityPage</name>
    <message>
        <location filename="../../ui/pages_severity.py" line="15"/>
        <source>How severe is the leak?</source>
        <translation>¿Qué tan grave es la fuga?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="16"/>
        <source>The heart ultrasound (echocardiogram) report usually says how severe the leak is.</source>
        <translation>El informe de la ecografía del corazón (ecocardiograma) suele decir qué tan grave es la fuga.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="19"/>
        <source>Stated MR grade</source>
        <translation>Grado de IM informado</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="21"/>
        <source>Grade in the report</source>
        <translation>Grado según el informe</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="22"/>
        <source>What did your care team call the leak?</source>
        <translation>¿Cómo describió la fuga su equipo de atención?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="23"/>
        <source>Echo measurements (leave blank if not measured)</source>
        <translation>Medidas del eco (deje en blanco si no se midieron)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="29"/>
        <source>Flail leaflet or ruptured papillary muscle</source>
        <translation>Valva con movimiento libre (flail) o rotura de músculo papilar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="30"/>
        <source>Pulmonary-vein systolic flow reversal</source>
        <translation>Inversión sistólica del flujo en las venas pulmonares</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="31"/>
        <source>Large central jet (&gt;50% of LA)</source>
        <translation>Chorro central grande (&gt;50% de la AI)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="37"/>
        <source>Derived grade and stage</source>
        <translation>Grado y estadio calculados</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="44"/>
        <source>from the echo numbers</source>
        <translation>según las medidas del eco</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="44"/>
        <source>as stated</source>
        <translation>según el informe</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="45"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="47"/>
        <source>Grade: %1 %2 · Stage: %3</source>
        <translation>Grado: %1 %2 · Estadio: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="50"/>
        <source>Thresholds: %1</source>
        <translation>Umbrales: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages_start.py" line="20"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="22"/>
        <source>This aid helps you and your care team talk about treatment choices for a leaking mitral valve (mitral regurgitation). It does not give medical advice.</source>
        <translation>Esta herramienta le ayuda a usted y a su equipo de atención a hablar de las opciones de tratamiento. Es para una válvula mitral que tiene una fuga (insuficiencia mitral, también llamada regurgitación mitral). No da consejos médicos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="24"/>
        <source>Who is using the aid?</source>
        <translation>¿Quién usa la herramienta?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="26"/>
        <source>Who is using the aid</source>
        <translation>Quién usa la herramienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="27"/>
        <source>I am a patient (or family member) preparing at home</source>
        <translation>Soy paciente (o familiar) y me preparo en casa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="28"/>
        <source>I am a clinician, with a patient</source>
        <translation>Soy profesional de la salud y estoy con un paciente</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="30"/>
        <source>Plain questions; anything you do not know can be answered “I don&apos;t know”.</source>
        <translation>Preguntas sencillas. Si no sabe algo, puede responder “No lo sé”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="32"/>
        <source>Echo numbers, risk scores and valve anatomy.</source>
        <translation>Medidas del eco, escalas de riesgo y anatomía valvular.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="36"/>
        <source>Who is using it</source>
        <translation>Quién la usa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="40"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="44"/>
        <location filename="../../ui/pages_start.py" line="49"/>
        <source>Guideline set</source>
        <translation>Guías de referencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="45"/>
        <source>ACC/AHA 2020 (United States)</source>
        <translation>ACC/AHA 2020 (Estados Unidos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="46"/>
        <source>ESC/EACTS 2025 (Europe)</source>
        <translation>ESC/EACTS 2025 (Europa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="54"/>
        <source>&amp;Resume the unsaved session</source>
        <translation>Recu&amp;perar la sesión sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="56"/>
        <source>Resume the unsaved session</source>
        <translation>Recuperar la sesión sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="57"/>
        <source>&amp;Open a saved session…</source>
        <translation>Abrir una sesión &amp;guardada…</translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="59"/>
        <source>Open a saved session</source>
        <translation>Abrir una sesión guardada</translation>
    </message>
</context>
<context>
    <name>StepTracker</name>
    <message>
        <location filename="../../ui/step_tracker.py" line="19"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="19"/>
        <source>Type of leak</source>
        <translation>Tipo de fuga</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="20"/>
        <source>How severe the leak is</source>
        <translation>Qué tan grave es la fuga</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="20"/>
        <source>Your symptoms</source>
        <translation>Sus síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="21"/>
        <source>Heart function</source>
        <translation>Función del corazón</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="21"/>
        <source>Surgical risk</source>
        <translation>Riesgo quirúrgico</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="22"/>
        <source>Valve anatomy</source>
        <translation>Anatomía valvular</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="22"/>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="23"/>
        <location filename="../../ui/step_tracker.py" line="33"/>
        <source>Your options</source>
        <translation>Sus opciones</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="23"/>
        <source>What matters to you</source>
        <translation>Lo que le importa a usted</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="24"/>
        <location filename="../../ui/step_tracker.py" line="35"/>
        <source>Your summary</source>
        <translation>Su resumen</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="30"/>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="31"/>
        <source>Your heart</source>
        <translation>Su corazón</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="34"/>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="84"/>
        <source>Step %1 of %2 · %3</source>
        <extracomment>the page id to go to</extracomment>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="94"/>
        <source>current part</source>
        <translation>parte actual</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="94"/>
        <source>visited, go back to it</source>
        <translation>visitada, puede volver a ella</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="95"/>
        <source>not reached yet</source>
        <translation>aún no alcanzada</translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="96"/>
        <source>Part %1 of 5: %2 (%3)</source>
        <translation>Parte %1 de 5: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../ui/export.py" line="283"/>
        <source>{path} is a folder; choose a file name</source>
        <extracomment>The core&apos;s renderer, as &quot;module:function&quot; so the child imports it (no pickled code). Temporary export folders are named after the process that made them. A leftover export folder older than this is removed whatever its owner (an export takes well under a minute). the summary&apos;s language (the window&apos;s: View ▸ Language)</extracomment>
        <translation>{path} es una carpeta; elija un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="285"/>
        <source>The folder {folder} does not exist</source>
        <translation>La carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="300"/>
        <source>The summary could not be made: {reason}</source>
        <translation>No se pudo crear el resumen: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="309"/>
        <source>The summary renderer stopped unexpectedly (exit code {code})</source>
        <translation>El generador del resumen se detuvo de forma inesperada (código de salida {code})</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="320"/>
        <source>Could not save the summary to {path}: {reason}</source>
        <translation>No se pudo guardar el resumen en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/summary_page.py" line="63"/>
        <source>Your visit summary</source>
        <translation>Su resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="65"/>
        <source>Take the summary to your visit. It lists your situation, the options, what matters to you and your questions.</source>
        <translation>Lleve el resumen a su consulta. Incluye su situación, las opciones, lo que le importa y sus preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="85"/>
        <source>Patient (plain words)</source>
        <translation>Paciente (palabras sencillas)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="86"/>
        <source>Clinician (with guideline tiers and citations)</source>
        <translation>Profesional (con niveles según las guías y referencias)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="87"/>
        <source>Summary written for</source>
        <translation>Resumen escrito para</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="88"/>
        <source>Summary &amp;for:</source>
        <translation>Resumen &amp;para:</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="90"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="91"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="92"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="96"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="97"/>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="98"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="100"/>
        <source>Add the evidence &amp;booklet</source>
        <translation>Agregar el folleto de &amp;evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="101"/>
        <source>Add the evidence booklet</source>
        <translation>Agregar el folleto de evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="103"/>
        <source>Adds more pages: the condition, each option in detail with all its numbers and sources, and the word list.</source>
        <translation>Agrega más páginas: la enfermedad, cada opción en detalle con todas sus cifras y fuentes, y la lista de palabras.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="108"/>
        <source>Guideline set:</source>
        <translation>Guías de referencia:</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="112"/>
        <source>&amp;Create visit summary…</source>
        <translation>&amp;Crear resumen para la consulta…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="113"/>
        <source>Create visit summary</source>
        <translation>Crear resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="114"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="115"/>
        <source>Print the visit summary</source>
        <translation>Imprimir el resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="116"/>
        <source>Opens the summary in your PDF viewer; print it from there.</source>
        <translation>Abre el resumen en su visor de PDF; imprímalo desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="117"/>
        <source>&amp;Open the last summary</source>
        <translation>A&amp;brir el último resumen</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="118"/>
        <source>Open the last summary</source>
        <translation>Abrir el último resumen</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="120"/>
        <source>Copy &amp;note for the record</source>
        <translation>Copiar &amp;nota para la historia clínica</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="121"/>
        <source>Copy note for the medical record</source>
        <translation>Copiar nota para la historia clínica</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="122"/>
        <source>Copies a plain-text note for the clinician to paste into the medical record.</source>
        <translation>Copia una nota en texto simple para que el profesional la pegue en la historia clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="131"/>
        <source>Printing opens the summary in your PDF viewer; print it from there.</source>
        <translation>Al imprimir, el resumen se abre en su visor de PDF; imprímalo desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="200"/>
        <source>The note could not be made: {reason}</source>
        <translation>No se pudo crear la nota: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="203"/>
        <source>The note is on the clipboard. Paste it into the medical record.</source>
        <translation>La nota está en el portapapeles. Péguela en la historia clínica.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="212"/>
        <source>visit-summary-{date}.pdf</source>
        <translation>resumen-consulta-{date}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="217"/>
        <source>Save the visit summary</source>
        <translation>Guardar el resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="217"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="228"/>
        <source>visit-summary.pdf</source>
        <translation>resumen-consulta.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="237"/>
        <source>Creating your visit summary…</source>
        <translation>Creando su resumen para la consulta…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="250"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="251"/>
        <source>Laying out the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="252"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="273"/>
        <source>The summary is open in your PDF viewer; print it from there.</source>
        <translation>El resumen está abierto en su visor de PDF; imprímalo desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="278"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="281"/>
        <source>Visit summary saved</source>
        <translation>Resumen para la consulta guardado</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="282"/>
        <source>The summary was saved to:
{path}

Open it now?</source>
        <translation>El resumen se guardó en:
{path}

¿Abrirlo ahora?</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="293"/>
        <source>Summary not created</source>
        <translation>No se creó el resumen</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="294"/>
        <source>Your answers are kept. You can choose another place and try again.</source>
        <translation>Sus respuestas se conservan. Puede elegir otro lugar e intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="299"/>
        <source>Cancelled: no summary was saved.</source>
        <translation>Cancelado: no se guardó ningún resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="308"/>
        <source>Visit summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="309"/>
        <source>No PDF viewer could be started. The summary is at:
{path}</source>
        <translation>No se pudo abrir ningún visor de PDF. El resumen está en:
{path}</translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="17"/>
        <location filename="../../ui/pages_symptoms.py" line="61"/>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="18"/>
        <source>Tick everything you have noticed in the last few weeks.</source>
        <translation>Marque todo lo que ha notado en las últimas semanas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="24"/>
        <source>&lt;b&gt;Do you have any of these right now?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Tiene alguno de estos síntomas ahora mismo?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="28"/>
        <location filename="../../ui/pages_symptoms.py" line="39"/>
        <source>Emergency symptoms</source>
        <translation>Síntomas de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="29"/>
        <source>Severe shortness of breath at rest</source>
        <translation>Falta de aire grave en reposo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="30"/>
        <source>Coughing up pink, frothy spit</source>
        <translation>Tos con saliva rosada y espumosa</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="31"/>
        <source>Chest pain at rest</source>
        <translation>Dolor en el pecho en reposo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="32"/>
        <source>Fainting or passing out</source>
        <translation>Desmayo o pérdida del conocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="33"/>
        <source>Signs of a stroke: face drooping, arm weakness, speech trouble</source>
        <translation>Señales de un accidente cerebrovascular (derrame cerebral): cara caída, debilidad en un brazo, problemas para hablar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="34"/>
        <source>A racing heartbeat that will not slow down</source>
        <translation>Latidos muy rápidos que no se calman</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="41"/>
        <location filename="../../ui/pages_symptoms.py" line="46"/>
        <source>Everyday symptoms</source>
        <translation>Síntomas del día a día</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="42"/>
        <source>I have no symptoms</source>
        <translation>No tengo síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="44"/>
        <source>No symptoms</source>
        <translation>Sin síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="47"/>
        <source>Short of breath when active</source>
        <translation>Falta de aire al hacer esfuerzo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="48"/>
        <source>Short of breath at rest</source>
        <translation>Falta de aire en reposo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="49"/>
        <source>Short of breath lying flat</source>
        <translation>Falta de aire al acostarse</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="50"/>
        <source>Waking at night short of breath</source>
        <translation>Despertarse de noche con falta de aire</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="51"/>
        <source>Tired or weak (fatigue)</source>
        <translation>Cansancio o debilidad (fatiga)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="52"/>
        <source>Swollen legs, ankles or feet</source>
        <translation>Hinchazón de las piernas, los tobillos o los pies</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="53"/>
        <source>Cough that does not go away</source>
        <translation>Tos que no se quita</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="54"/>
        <source>Heart pounding, fluttering or skipping (palpitations)</source>
        <translation>El corazón late fuerte, se acelera o se salta latidos (palpitaciones)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="55"/>
        <source>Feeling dizzy or faint</source>
        <translation>Mareo o sensación de desmayo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="56"/>
        <source>Chest discomfort</source>
        <translation>Molestia en el pecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="57"/>
        <source>Can do less than before</source>
        <translation>Puede hacer menos cosas que antes</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="58"/>
        <source>Getting up at night to pass urine</source>
        <translation>Levantarse de noche para orinar</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="62"/>
        <source>How much do symptoms limit you? (NYHA class)</source>
        <translation>¿Cuánto le limitan los síntomas? (clase funcional NYHA)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="64"/>
        <location filename="../../ui/pages_symptoms.py" line="74"/>
        <source>NYHA class</source>
        <translation>Clase funcional NYHA</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="65"/>
        <source>Class I: no limits; ordinary activity causes no symptoms</source>
        <translation>Clase I: sin límites; la actividad normal no causa síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="66"/>
        <source>Class II: slight limits; fine at rest, ordinary activity (like climbing stairs) causes symptoms</source>
        <translation>Clase II: límites leves; bien en reposo, la actividad normal (como subir escaleras) causa síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="68"/>
        <source>Class III: marked limits; fine at rest, but less than ordinary activity (like walking across a room) causes symptoms</source>
        <translation>Clase III: límites marcados; bien en reposo, pero una actividad menor de lo normal (como cruzar una habitación) causa síntomas</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="70"/>
        <source>Class IV: symptoms even at rest; any activity makes them worse</source>
        <translation>Clase IV: síntomas incluso en reposo; cualquier actividad los empeora</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="71"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="75"/>
        <source>Which fits you best?</source>
        <translation>¿Cuál describe mejor su caso?</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../ui/pages_type.py" line="15"/>
        <source>Type of mitral regurgitation</source>
        <translation>Tipo de insuficiencia mitral</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="16"/>
        <source>What causes the leak, and when it started. Choose “I don&apos;t know” if nobody has told you.</source>
        <translation>Qué causa la fuga y cuándo empezó. Elija “No lo sé” si nadie se lo ha dicho.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="18"/>
        <source>What causes the leak?</source>
        <translation>¿Qué causa la fuga?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="20"/>
        <source>Type of MR</source>
        <translation>Tipo de IM</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="21"/>
        <source>Primary, degenerative (floppy or prolapsing valve)</source>
        <translation>Primaria, degenerativa (válvula floja o con prolapso)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="22"/>
        <source>Primary, rheumatic</source>
        <translation>Primaria, reumática</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="23"/>
        <source>Primary, after endocarditis (valve infection)</source>
        <translation>Primaria, después de una endocarditis (infección de la válvula)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="24"/>
        <source>Primary, other cause (from birth, radiation, medicines)</source>
        <translation>Primaria, otra causa (de nacimiento, radiación, medicamentos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="25"/>
        <source>Secondary, ventricular (enlarged or weak heart muscle)</source>
        <translation>Secundaria, ventricular (músculo del corazón agrandado o débil)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="26"/>
        <source>Secondary, atrial (enlarged upper chamber, often with atrial fibrillation)</source>
        <translation>Secundaria, auricular (cavidad superior agrandada, a menudo con fibrilación auricular)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="27"/>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="28"/>
        <location filename="../../ui/pages_type.py" line="47"/>
        <location filename="../../ui/pages_type.py" line="61"/>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="30"/>
        <source>The valve itself is damaged: its flaps are too loose or a cord holding them has broken.</source>
        <translation>La propia válvula está dañada. Sus hojas están muy flojas o se rompió una cuerda que las sostiene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="32"/>
        <source>The valve was scarred by rheumatic fever, usually many years ago.</source>
        <translation>Una fiebre reumática dejó cicatrices en la válvula, por lo general hace muchos años.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="33"/>
        <source>The valve is normal, but the pumping chamber is stretched, so the flaps no longer meet.</source>
        <translation>La válvula es normal, pero la cavidad que bombea está estirada. Por eso las hojas ya no se juntan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="35"/>
        <source>The valve is normal, but the upper chamber and the ring around the valve have widened.</source>
        <translation>La válvula es normal, pero la cavidad superior y el anillo que rodea la válvula se han ensanchado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="37"/>
        <source>Both the valve and the heart muscle play a part.</source>
        <translation>Influyen tanto la válvula como el músculo del corazón.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="41"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="42"/>
        <source>When did it start?</source>
        <translation>¿Cuándo empezó?</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="44"/>
        <location filename="../../ui/pages_type.py" line="53"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="45"/>
        <source>Slowly, over months or years (chronic)</source>
        <translation>Poco a poco, en meses o años (crónica)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="46"/>
        <source>Suddenly, over hours or days (acute)</source>
        <translation>De repente, en horas o días (aguda)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="49"/>
        <source>A sudden severe leak is an emergency: it needs care in hospital now.</source>
        <translation>Una fuga grave y repentina es una emergencia. Necesita atención en el hospital ahora.</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="56"/>
        <location filename="../../ui/pages_type.py" line="64"/>
        <location filename="../../ui/pages_type.py" line="65"/>
        <source>Cause of the sudden leak</source>
        <translation>Causa de la fuga repentina</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="57"/>
        <source>A torn muscle that holds the valve (papillary-muscle rupture)</source>
        <translation>Se rompió un músculo que sostiene la válvula (rotura del músculo papilar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="58"/>
        <source>A torn cord that holds the valve (chordal rupture)</source>
        <translation>Se rompió una cuerda que sostiene la válvula (rotura de cuerdas tendinosas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="59"/>
        <source>An infection of the valve now (active endocarditis)</source>
        <translation>Una infección de la válvula ahora (endocarditis activa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="60"/>
        <source>Another cause</source>
        <translation>Otra causa</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/values_page.py" line="52"/>
        <location filename="../../ui/values_page.py" line="71"/>
        <source>What matters to you</source>
        <translation>Lo que le importa a usted</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="53"/>
        <source>There are no right or wrong answers. You can change them at any time.</source>
        <translation>No hay respuestas correctas ni incorrectas. Puede cambiarlas en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="80"/>
        <source>This page cannot be shown right now: {reason}</source>
        <translation>Esta página no se puede mostrar en este momento: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="90"/>
        <source>How much does each of these matter to you?</source>
        <translation>¿Cuánto le importa cada una de estas cosas?</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="94"/>
        <source>0 = not at all</source>
        <translation>0 = nada</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="95"/>
        <source>4 = a lot</source>
        <translation>4 = mucho</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="105"/>
        <source>{feature}: {value} of 4</source>
        <translation>{feature}: {value} de 4</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="114"/>
        <source>Anything else that matters to you</source>
        <translation>Otra cosa que le importe</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="119"/>
        <source>For example: being able to look after my grandchildren</source>
        <translation>Por ejemplo: poder cuidar a mis nietos</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="120"/>
        <source>Your own priority</source>
        <translation>Su propia prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="121"/>
        <location filename="../../ui/values_page.py" line="122"/>
        <source>Add priority</source>
        <translation>Agregar prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="127"/>
        <source>Your own priorities</source>
        <translation>Sus propias prioridades</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="130"/>
        <location filename="../../ui/values_page.py" line="131"/>
        <source>Remove selected priority</source>
        <translation>Quitar la prioridad seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="139"/>
        <source>Are you ready to decide? (the SURE test)</source>
        <translation>¿Ya puede tomar una decisión? (la prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="145"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="145"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="161"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para su equipo de atención</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="163"/>
        <source>Tick the questions you want to ask, or write your own.</source>
        <translation>Marque las preguntas que quiere hacer o escriba las suyas.</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="165"/>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="176"/>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="177"/>
        <source>Type a question of your own</source>
        <translation>Escriba su propia pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="178"/>
        <location filename="../../ui/values_page.py" line="179"/>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="188"/>
        <location filename="../../ui/values_page.py" line="191"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="193"/>
        <source>Anything you want to remember or tell your care team</source>
        <translation>Lo que quiera recordar o decirle a su equipo de atención</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="296"/>
        <source>Answer all four questions to see your score.</source>
        <translation>Responda las cuatro preguntas para ver su puntuación.</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="299"/>
        <source>Your score: {total} of 4.</source>
        <translation>Su puntuación: {total} de 4.</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="301"/>
        <source>You may want more information or support before deciding. Talk about this with your care team.</source>
        <translation>Tal vez quiera más información o apoyo antes de decidir. Hable de esto con su equipo de atención.</translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="343"/>
        <source>Notes: {n} characters is too long (accepted range 0–{max} characters)</source>
        <translation>Notas: {n} caracteres son demasiados (se aceptan 0–{max} caracteres)</translation>
    </message>
</context>
</TS>
