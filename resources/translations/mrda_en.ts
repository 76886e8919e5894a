<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="42"/>
        <location filename="../../ui/about_dialog.py" line="45"/>
        <source>About and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="46"/>
        <source>Licences and third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="49"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>&amp;About and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="60"/>
        <source>The content could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="72"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="74"/>
        <source>MR Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="78"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="79"/>
        <source>Content date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="80"/>
        <source>How the content is kept up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Guideline sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>ACC/AHA 2020 valvular heart disease guideline; ESC/EACTS 2025 valvular heart disease guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="84"/>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="88"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>not yet verified against the primary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="91"/>
        <source>checked against a secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>SURE test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="109"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="110"/>
        <source>The program is free software under the MIT licence. The content (texts, numbers, citations, example cases) is under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="113"/>
        <source>Third-party software and fonts (Qt and PySide6 under the LGPL, WeasyPrint, the DejaVu fonts and others): see the Licences tab. The full licence texts come with the app, in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="124"/>
        <source>The notices file is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyPage</name>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="15"/>
        <source>Valve anatomy and special situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="16"/>
        <source>For the heart team: anatomy from the echo (TTE/TEE) and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="18"/>
        <location filename="../../ui/pages_anatomy.py" line="22"/>
        <source>Leaflet involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="19"/>
        <source>Posterior, limited (less than half of the leaflet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="20"/>
        <source>Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="20"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="21"/>
        <source>Both leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="21"/>
        <location filename="../../ui/pages_anatomy.py" line="33"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="24"/>
        <source>Successful and durable repair likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="25"/>
        <source>Anatomy suitable for TEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="26"/>
        <source>Severe mitral annular calcification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="29"/>
        <location filename="../../ui/pages_anatomy.py" line="34"/>
        <source>Prior mitral intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="30"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="30"/>
        <source>Bioprosthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="31"/>
        <source>Mechanical valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="32"/>
        <source>Repair with a ring or other material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="33"/>
        <source>TEER device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="36"/>
        <source>Prior mitral bioprosthesis or ring failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="37"/>
        <source>CABG planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="38"/>
        <source>Other cardiac surgery planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="39"/>
        <source>Previous endocarditis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="40"/>
        <source>Life expectancy over 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="44"/>
        <source>Rheumatic mitral stenosis with valve area 2.0 cm² or less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/pages_base.py" line="286"/>
        <source>This answer could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="391"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="391"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="395"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="406"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="406"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="407"/>
        <location filename="../../ui/pages_base.py" line="422"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="417"/>
        <source>None or trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="418"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="419"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="420"/>
        <source>Moderate to severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="421"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="93"/>
        <source>MR Decision Aid</source>
        <extracomment>every page after the first: (id, module, class); built when first needed called on Finish instead of closing (the main window explains what happens)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="98"/>
        <source>Back to &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="99"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="100"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="101"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="102"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="103"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="104"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="105"/>
        <source>Back to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="106"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="107"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/widgets.py" line="406"/>
        <source>none ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/widgets.py" line="334"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/comparison.py" line="36"/>
        <source>Options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="89"/>
        <source>Guideline tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="91"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="95"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="96"/>
        <source>Possible risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <location filename="../../ui/widgets.py" line="415"/>
        <source>⚠ Call emergency services now (911 in the US, 112 in Europe). Your symptoms can be signs of an emergency: do not wait to finish this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="419"/>
        <source>Emergency warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Something went wrong</source>
        <extracomment>the .desktop file&apos;s name without &quot;.desktop&quot;, and the AppStream id (packaging/)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="108"/>
        <source>Something went wrong in the MR Decision Aid. Your answers were saved first, and the app offers them back if you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>Something went wrong in the MR Decision Aid. Your answers could not be saved automatically: use File ▸ Save now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>You can go on working. If this happens again, copy the details and send them to whoever gave you the app. The details hold none of your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EuroScoreDialog</name>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="35"/>
        <source>EuroSCORE II calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="50"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="50"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="51"/>
        <source>Serum creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="52"/>
        <source>or creatinine clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="53"/>
        <source>LVEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="53"/>
        <source>PA systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="59"/>
        <location filename="../../ui/pages_euroscore.py" line="61"/>
        <source>Creatinine unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="63"/>
        <source>Pulmonary hypertension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="64"/>
        <source>Use the PA systolic pressure above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="65"/>
        <source>Not raised (PA systolic 30 mmHg or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="66"/>
        <source>Moderate (PA systolic 31–55 mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="67"/>
        <source>Severe (PA systolic over 55 mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="68"/>
        <source>or pulmonary hypertension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <location filename="../../ui/pages_euroscore.py" line="72"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="73"/>
        <location filename="../../ui/pages_euroscore.py" line="74"/>
        <source>On dialysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="76"/>
        <location filename="../../ui/pages_euroscore.py" line="78"/>
        <source>NYHA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="79"/>
        <location filename="../../ui/pages_euroscore.py" line="82"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="80"/>
        <source>Elective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="80"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="81"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="81"/>
        <source>Salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="83"/>
        <location filename="../../ui/pages_euroscore.py" line="88"/>
        <source>Weight of the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="84"/>
        <source>Single non-CABG (e.g. mitral surgery alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="85"/>
        <source>Two procedures (e.g. mitral surgery with CABG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="86"/>
        <source>Three or more procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="87"/>
        <source>Isolated CABG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="89"/>
        <source>Other factors (tick if present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="92"/>
        <source>Extracardiac arteriopathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="93"/>
        <source>Poor mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="94"/>
        <source>Previous cardiac surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="95"/>
        <source>Chronic lung disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="96"/>
        <source>Active endocarditis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="97"/>
        <source>Critical preoperative state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="98"/>
        <source>Diabetes on insulin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="99"/>
        <source>CCS class 4 angina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="100"/>
        <source>Recent myocardial infarction (within 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="101"/>
        <source>Surgery on the thoracic aorta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="119"/>
        <source>EuroSCORE II result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="128"/>
        <location filename="../../ui/pages_euroscore.py" line="129"/>
        <source>Use this result</source>
        <extracomment>nothing is called wrong before the person has typed or chosen anything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="195"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="195"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="198"/>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="205"/>
        <source>Fill in the answers above; the result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="208"/>
        <source>Could not calculate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="212"/>
        <source>EuroSCORE II: %1% predicted in-hospital mortality after surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="215"/>
        <source>Creatinine clearance (Cockcroft–Gault): %1 mL/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/export_progress.py" line="20"/>
        <source>Cancel</source>
        <extracomment>the export&apos;s stages, in order (ui.export.SummaryExport.progress)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="21"/>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="22"/>
        <source>Creating the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="32"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="39"/>
        <source>Stop making the summary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_progress.py" line="40"/>
        <source>The visit summary is not finished. Stop making it? Your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets.py" line="219"/>
        <source>Problem with this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="132"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="136"/>
        <source>Type to find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="137"/>
        <source>Find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="139"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="147"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="148"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="155"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="162"/>
        <source>The glossary could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="177"/>
        <source>No word matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartPage</name>
    <message>
        <location filename="../../ui/pages_heart.py" line="15"/>
        <source>Heart function and rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="16"/>
        <source>How well the heart pumps and its rhythm. Leave blank or choose “I don&apos;t know” for anything not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="21"/>
        <source>Pumping strength (ejection fraction, EF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="27"/>
        <location filename="../../ui/pages_heart.py" line="28"/>
        <source>Atrial fibrillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="28"/>
        <source>Irregular heartbeat (atrial fibrillation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="31"/>
        <location filename="../../ui/pages_heart.py" line="32"/>
        <source>Tricuspid regurgitation grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="34"/>
        <source>Progressive LV enlargement or falling LVEF on 3 or more studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="35"/>
        <source>On optimal guideline-directed medical therapy (GDMT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="40"/>
        <location filename="../../ui/pages_heart.py" line="44"/>
        <source>Cardiac resynchronisation therapy (CRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="41"/>
        <source>Not indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="41"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="42"/>
        <source>Implanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="42"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="45"/>
        <source>Heart-failure hospitalisation in the last year or raised natriuretic peptides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="50"/>
        <source>Coronary disease needing revascularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="51"/>
        <source>Severe RV dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="52"/>
        <source>Advanced (stage D) heart failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <location filename="../../ui/help_pane.py" line="93"/>
        <location filename="../../ui/help_pane.py" line="102"/>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Words explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_pane.py" line="104"/>
        <source>The word list is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ui/widgets.py" line="436"/>
        <source>Problems on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;File</source>
        <extracomment>with lazy=True the rest of the set-up starts this long after the first page is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Create visit &amp;summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Words explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;About and evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Your answers are not saved yet. If you close without saving, they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424"/>
        <source>Your answers are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Nothing was entered that needs saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Your visit summary was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>No visit summary was made. You can make one on this page before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>Close the aid now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>%1%2 — MR Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/widgets.py" line="82"/>
        <location filename="../../ui/widgets.py" line="180"/>
        <source>Accepted range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="85"/>
        <location filename="../../ui/widgets.py" line="189"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="87"/>
        <source>I don&apos;t know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="153"/>
        <source>“%1” is not a number. %2 must be a number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="157"/>
        <source>%1 must be a whole number of %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="160"/>
        <source>%1 must be a whole number, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="164"/>
        <source>%1 must be %2. You typed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="174"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="191"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <location filename="../../ui/option_card.py" line="81"/>
        <source>Show details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="80"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="88"/>
        <source>What it is, what it is like, benefits, risks and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="107"/>
        <source>The aid&apos;s reading of the guideline: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="119"/>
        <source>Why (from the inputs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="123"/>
        <source>verified against the guideline text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="125"/>
        <source>NOT verified against the guideline text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="127"/>
        <source>{society} {year}, {section}: class {cls}, level of evidence {loe} ({flag}). {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="144"/>
        <source>Would change with these missing inputs: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="156"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="159"/>
        <source>What it is like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="166"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="167"/>
        <source>Possible risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="174"/>
        <source>Key numbers: out of 100 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="185"/>
        <source>{count} of 100 people: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="191"/>
        <source>Who: {group}. Over: {horizon}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="196"/>
        <source>Compared with: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="199"/>
        <source>Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="201"/>
        <source>How sure: {uncertainty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="204"/>
        <source>Unverified number: not yet checked against the primary source; ask your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="218"/>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="219"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="220"/>
        <source>Anaesthesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="221"/>
        <source>Lifelong medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="222"/>
        <source>Valve click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="223"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="224"/>
        <source>How long it lasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="50"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="59"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="67"/>
        <source>Patient view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="68"/>
        <source>Clinician view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="69"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="70"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="73"/>
        <source>ACC/AHA 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="74"/>
        <source>ESC/EACTS 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="75"/>
        <source>Guideline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="76"/>
        <source>&amp;Guideline set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="95"/>
        <source>Options and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="100"/>
        <source>Option cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="102"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="103"/>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="157"/>
        <source>The options cannot be shown right now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="169"/>
        <source>Clinician view ({guideline}): for each option, the aid&apos;s reading of the guideline, the inputs behind it, the cited recommendations with their own class and level, and the missing inputs that would change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="177"/>
        <source>Options people in your situation discuss with their care team. They are always shown in the same order. Open an option to see what it is like, its possible benefits and risks, and what happened to groups of 100 people in studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="213"/>
        <source>Emergency signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="227"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="234"/>
        <source>Other care to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="246"/>
        <source>Notes on the inputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages_review.py" line="18"/>
        <source>Check your answers</source>
        <extracomment>emitted with the page id to go back to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="19"/>
        <source>Everything you entered. Use “Change” to correct an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="25"/>
        <source>What the aid worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="59"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="61"/>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="74"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="74"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="75"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="75"/>
        <source>prohibitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="76"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="78"/>
        <source>Worked out from your answers — grade: %1 · stage: %2 · surgical risk: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/pages_risk.py" line="20"/>
        <source>Surgical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="21"/>
        <source>How risky an operation would be. Scores come from your care team; choose “I don&apos;t know” if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="25"/>
        <source>Your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <location filename="../../ui/pages_risk.py" line="29"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="27"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="31"/>
        <source>May want to become pregnant in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="33"/>
        <source>Might you want to become pregnant in the future?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="36"/>
        <source>Surgical risk score (STS), if you were given one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="39"/>
        <source>EuroSCORE II, if you were given one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="40"/>
        <source>&amp;Calculate EuroSCORE II…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="42"/>
        <source>Calculate EuroSCORE II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="49"/>
        <source>Procedure-specific impediment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="50"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="50"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="51"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="52"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="53"/>
        <source>Procedure-specific impediment (e.g. porcelain aorta, chest radiation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="55"/>
        <source>Predicted risk of death or major morbidity with surgery over 50% at 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="59"/>
        <source>Surgical risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="96"/>
        <source>low</source>
        <extracomment>the dialog class (tests may replace it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="96"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="97"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="97"/>
        <source>prohibitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="98"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="100"/>
        <source>Surgical risk category: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <location filename="../../ui/sessions.py" line="163"/>
        <source>another copy of the aid holds every autosave place</source>
        <extracomment>Copies of the app that can run at once, each with its own autosave. a new Case was loaded (open, new, recovery): the wizard should start again the window title should change (file name, unsaved marker)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="175"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="176"/>
        <source>Your answers cannot be saved automatically (%1). Use File ▸ Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="202"/>
        <source>Resume unsaved answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="203"/>
        <source>The aid did not close properly last time (%1). Resume the answers entered then?

If you choose No, they are kept and can be resumed from the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="237"/>
        <source>The file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="286"/>
        <source>MR decision aid session (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="293"/>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="318"/>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="330"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="331"/>
        <source>The session could not be saved to %1: %2. Your answers are still here; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="345"/>
        <source>Unsaved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="346"/>
        <source>Save your answers before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="357"/>
        <source>Cannot open this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityPage</name>
    <message>
        <location filename="../../ui/pages_severity.py" line="15"/>
        <source>How severe is the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="16"/>
        <source>The heart ultrasound (echocardiogram) report usually says how severe the leak is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="19"/>
        <source>Stated MR grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="21"/>
        <source>Grade in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="22"/>
        <source>What did your care team call the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="23"/>
        <source>Echo measurements (leave blank if not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="29"/>
        <source>Flail leaflet or ruptured papillary muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="30"/>
        <source>Pulmonary-vein systolic flow reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="31"/>
        <source>Large central jet (&gt;50% of LA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="37"/>
        <source>Derived grade and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="44"/>
        <source>from the echo numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="44"/>
        <source>as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="45"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="47"/>
        <source>Grade: %1 %2 · Stage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="50"/>
        <source>Thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages_start.py" line="20"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="22"/>
        <source>This aid helps you and your care team talk about treatment choices for a leaking mitral valve (mitral regurgitation). It does not give medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="24"/>
        <source>Who is using the aid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="26"/>
        <source>Who is using the aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="27"/>
        <source>I am a patient (or family member) preparing at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="28"/>
        <source>I am a clinician, with a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="30"/>
        <source>Plain questions; anything you do not know can be answered “I don&apos;t know”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="32"/>
        <source>Echo numbers, risk scores and valve anatomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="36"/>
        <source>Who is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="40"/>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="44"/>
        <location filename="../../ui/pages_start.py" line="49"/>
        <source>Guideline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="45"/>
        <source>ACC/AHA 2020 (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="46"/>
        <source>ESC/EACTS 2025 (Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="54"/>
        <source>&amp;Resume the unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="56"/>
        <source>Resume the unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="57"/>
        <source>&amp;Open a saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="59"/>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTracker</name>
    <message>
        <location filename="../../ui/step_tracker.py" line="19"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="19"/>
        <source>Type of leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="20"/>
        <source>How severe the leak is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="20"/>
        <source>Your symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="21"/>
        <source>Heart function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="21"/>
        <source>Surgical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="22"/>
        <source>Valve anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="22"/>
        <source>Check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="23"/>
        <location filename="../../ui/step_tracker.py" line="33"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="23"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="24"/>
        <location filename="../../ui/step_tracker.py" line="35"/>
        <source>Your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="30"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="31"/>
        <source>Your heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="34"/>
        <source>What matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="84"/>
        <source>Step %1 of %2 · %3</source>
        <extracomment>the page id to go to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="94"/>
        <source>current part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="94"/>
        <source>visited, go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="95"/>
        <source>not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/step_tracker.py" line="96"/>
        <source>Part %1 of 5: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../ui/export.py" line="283"/>
        <source>{path} is a folder; choose a file name</source>
        <extracomment>The core&apos;s renderer, as &quot;module:function&quot; so the child imports it (no pickled code). Temporary export folders are named after the process that made them. A leftover export folder older than this is removed whatever its owner (an export takes well under a minute). the summary&apos;s language (the window&apos;s: View ▸ Language)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="285"/>
        <source>The folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="300"/>
        <source>The summary could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="309"/>
        <source>The summary renderer stopped unexpectedly (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="320"/>
        <source>Could not save the summary to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/summary_page.py" line="63"/>
        <source>Your visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="65"/>
        <source>Take the summary to your visit. It lists your situation, the options, what matters to you and your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="85"/>
        <source>Patient (plain words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="86"/>
        <source>Clinician (with guideline tiers and citations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="87"/>
        <source>Summary written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="88"/>
        <source>Summary &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="90"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="91"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="92"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="96"/>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="97"/>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="98"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="100"/>
        <source>Add the evidence &amp;booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="101"/>
        <source>Add the evidence booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="103"/>
        <source>Adds more pages: the condition, each option in detail with all its numbers and sources, and the word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="108"/>
        <source>Guideline set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="112"/>
        <source>&amp;Create visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="113"/>
        <source>Create visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="114"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="115"/>
        <source>Print the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="116"/>
        <source>Opens the summary in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="117"/>
        <source>&amp;Open the last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="118"/>
        <source>Open the last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="120"/>
        <source>Copy &amp;note for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="121"/>
        <source>Copy note for the medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="122"/>
        <source>Copies a plain-text note for the clinician to paste into the medical record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="131"/>
        <source>Printing opens the summary in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="200"/>
        <source>The note could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="203"/>
        <source>The note is on the clipboard. Paste it into the medical record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="212"/>
        <source>visit-summary-{date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="217"/>
        <source>Save the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="217"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="228"/>
        <source>visit-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="237"/>
        <source>Creating your visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="308"/>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="250"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="251"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="252"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="273"/>
        <source>The summary is open in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="278"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="281"/>
        <source>Visit summary saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="282"/>
        <source>The summary was saved to:
{path}

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="293"/>
        <source>Summary not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="294"/>
        <source>Your answers are kept. You can choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="299"/>
        <source>Cancelled: no summary was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="309"/>
        <source>No PDF viewer could be started. The summary is at:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="17"/>
        <location filename="../../ui/pages_symptoms.py" line="61"/>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="18"/>
        <source>Tick everything you have noticed in the last few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="24"/>
        <source>&lt;b&gt;Do you have any of these right now?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="28"/>
        <location filename="../../ui/pages_symptoms.py" line="39"/>
        <source>Emergency symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="29"/>
        <source>Severe shortness of breath at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="30"/>
        <source>Coughing up pink, frothy spit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="31"/>
        <source>Chest pain at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="32"/>
        <source>Fainting or passing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="33"/>
        <source>Signs of a stroke: face drooping, arm weakness, speech trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="34"/>
        <source>A racing heartbeat that will not slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="41"/>
        <location filename="../../ui/pages_symptoms.py" line="46"/>
        <source>Everyday symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="42"/>
        <source>I have no symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="44"/>
        <source>No symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="47"/>
        <source>Short of breath when active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="48"/>
        <source>Short of breath at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="49"/>
        <source>Short of breath lying flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="50"/>
        <source>Waking at night short of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="51"/>
        <source>Tired or weak (fatigue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="52"/>
        <source>Swollen legs, ankles or feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="53"/>
        <source>Cough that does not go away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="54"/>
        <source>Heart pounding, fluttering or skipping (palpitations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="55"/>
        <source>Feeling dizzy or faint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="56"/>
        <source>Chest discomfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="57"/>
        <source>Can do less than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="58"/>
        <source>Getting up at night to pass urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="62"/>
        <source>How much do symptoms limit you? (NYHA class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="64"/>
        <location filename="../../ui/pages_symptoms.py" line="74"/>
        <source>NYHA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="65"/>
        <source>Class I: no limits; ordinary activity causes no symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="66"/>
        <source>Class II: slight limits; fine at rest, ordinary activity (like climbing stairs) causes symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="68"/>
        <source>Class III: marked limits; fine at rest, but less than ordinary activity (like walking across a room) causes symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="70"/>
        <source>Class IV: symptoms even at rest; any activity makes them worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="71"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="75"/>
        <source>Which fits you best?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../ui/pages_type.py" line="15"/>
        <source>Type of mitral regurgitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="16"/>
        <source>What causes the leak, and when it started. Choose “I don&apos;t know” if nobody has told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="18"/>
        <source>What causes the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="20"/>
        <source>Type of MR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="21"/>
        <source>Primary, degenerative (floppy or prolapsing valve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="22"/>
        <source>Primary, rheumatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="23"/>
        <source>Primary, after endocarditis (valve infection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="24"/>
        <source>Primary, other cause (from birth, radiation, medicines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="25"/>
        <source>Secondary, ventricular (enlarged or weak heart muscle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="26"/>
        <source>Secondary, atrial (enlarged upper chamber, often with atrial fibrillation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="27"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="28"/>
        <location filename="../../ui/pages_type.py" line="47"/>
        <location filename="../../ui/pages_type.py" line="61"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="30"/>
        <source>The valve itself is damaged: its flaps are too loose or a cord holding them has broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="32"/>
        <source>The valve was scarred by rheumatic fever, usually many years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="33"/>
        <source>The valve is normal, but the pumping chamber is stretched, so the flaps no longer meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="35"/>
        <source>The valve is normal, but the upper chamber and the ring around the valve have widened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="37"/>
        <source>Both the valve and the heart muscle play a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="41"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="42"/>
        <source>When did it start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="44"/>
        <location filename="../../ui/pages_type.py" line="53"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="45"/>
        <source>Slowly, over months or years (chronic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="46"/>
        <source>Suddenly, over hours or days (acute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="49"/>
        <source>A sudden severe leak is an emergency: it needs care in hospital now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="56"/>
        <location filename="../../ui/pages_type.py" line="64"/>
        <location filename="../../ui/pages_type.py" line="65"/>
        <source>Cause of the sudden leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="57"/>
        <source>A torn muscle that holds the valve (papillary-muscle rupture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="58"/>
        <source>A torn cord that holds the valve (chordal rupture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="59"/>
        <source>An infection of the valve now (active endocarditis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="60"/>
        <source>Another cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/values_page.py" line="52"/>
        <location filename="../../ui/values_page.py" line="71"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="53"/>
        <source>There are no right or wrong answers. You can change them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="80"/>
        <source>This page cannot be shown right now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="90"/>
        <source>How much does each of these matter to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="94"/>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="95"/>
        <source>4 = a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="105"/>
        <source>{feature}: {value} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="114"/>
        <source>Anything else that matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="119"/>
        <source>For example: being able to look after my grandchildren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="120"/>
        <source>Your own priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="121"/>
        <location filename="../../ui/values_page.py" line="122"/>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="127"/>
        <source>Your own priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="130"/>
        <location filename="../../ui/values_page.py" line="131"/>
        <source>Remove selected priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="139"/>
        <source>Are you ready to decide? (the SURE test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="145"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="145"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="161"/>
        <source>Questions to ask your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="163"/>
        <source>Tick the questions you want to ask, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="165"/>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="176"/>
        <source>Your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="177"/>
        <source>Type a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="178"/>
        <location filename="../../ui/values_page.py" line="179"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="188"/>
        <location filename="../../ui/values_page.py" line="191"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="193"/>
        <source>Anything you want to remember or tell your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="296"/>
        <source>Answer all four questions to see your score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="299"/>
        <source>Your score: {total} of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="301"/>
        <source>You may want more information or support before deciding. Talk about this with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="343"/>
        <source>Notes: {n} characters is too long (accepted range 0–{max} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
