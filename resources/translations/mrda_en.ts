<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="40"/>
        <location filename="../../ui/about_dialog.py" line="43"/>
        <source>About and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="52"/>
        <source>The content could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="67"/>
        <source>ACC/AHA 2020 valvular heart disease guideline; ESC/EACTS 2025 valvular heart disease guideline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyPage</name>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="17"/>
        <source>Valve anatomy and special situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="18"/>
        <source>For the heart team: anatomy from the echo (TTE/TEE) and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="20"/>
        <location filename="../../ui/pages_anatomy.py" line="24"/>
        <source>Leaflet involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="21"/>
        <source>Posterior, limited (less than half of the leaflet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="22"/>
        <source>Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="22"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="23"/>
        <source>Both leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="23"/>
        <location filename="../../ui/pages_anatomy.py" line="35"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="26"/>
        <source>Successful and durable repair likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="27"/>
        <source>Anatomy suitable for TEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="28"/>
        <source>Severe mitral annular calcification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="31"/>
        <location filename="../../ui/pages_anatomy.py" line="36"/>
        <source>Prior mitral intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="32"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="32"/>
        <source>Bioprosthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="33"/>
        <source>Mechanical valve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="34"/>
        <source>Repair with a ring or other material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="35"/>
        <source>TEER device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="38"/>
        <source>Prior mitral bioprosthesis or ring failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="39"/>
        <source>CABG planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="40"/>
        <source>Other cardiac surgery planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="41"/>
        <source>Previous endocarditis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_anatomy.py" line="42"/>
        <source>Life expectancy over 1 year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../ui/pages_base.py" line="192"/>
        <source>This answer could not be used: %1</source>
        <extracomment>glossary terms the side help pane shows for this page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="226"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="226"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="230"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="241"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="241"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="242"/>
        <location filename="../../ui/pages_base.py" line="257"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="252"/>
        <source>None or trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="253"/>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="254"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="255"/>
        <source>Moderate to severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_base.py" line="256"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="77"/>
        <source>MR Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="82"/>
        <source>Back to &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="83"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="84"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="85"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="86"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="87"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="88"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="89"/>
        <source>Back to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="90"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="91"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../ui/widgets.py" line="263"/>
        <source>none ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/widgets.py" line="197"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/comparison.py" line="23"/>
        <source>Options side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="39"/>
        <source>Guideline tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="41"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="45"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="46"/>
        <source>Possible risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <location filename="../../ui/widgets.py" line="272"/>
        <source>⚠ Call emergency services now (911 in the US, 112 in Europe). Your symptoms can be signs of an emergency: do not wait to finish this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="276"/>
        <source>Emergency warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EuroScoreDialog</name>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="34"/>
        <source>EuroSCORE II calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="49"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="49"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="50"/>
        <source>Serum creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="51"/>
        <source>or creatinine clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="52"/>
        <source>LVEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="52"/>
        <source>PA systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="58"/>
        <location filename="../../ui/pages_euroscore.py" line="60"/>
        <source>Creatinine unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="62"/>
        <location filename="../../ui/pages_euroscore.py" line="64"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="62"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="62"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="65"/>
        <location filename="../../ui/pages_euroscore.py" line="66"/>
        <source>On dialysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="68"/>
        <location filename="../../ui/pages_euroscore.py" line="70"/>
        <source>NYHA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="71"/>
        <location filename="../../ui/pages_euroscore.py" line="74"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="72"/>
        <source>Elective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="72"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="73"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="73"/>
        <source>Salvage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="75"/>
        <location filename="../../ui/pages_euroscore.py" line="80"/>
        <source>Weight of the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="76"/>
        <source>Single non-CABG (e.g. mitral surgery alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="77"/>
        <source>Two procedures (e.g. mitral surgery with CABG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="78"/>
        <source>Three or more procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="79"/>
        <source>Isolated CABG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="81"/>
        <source>Other factors (tick if present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="84"/>
        <source>Extracardiac arteriopathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="85"/>
        <source>Poor mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="86"/>
        <source>Previous cardiac surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="87"/>
        <source>Chronic lung disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="88"/>
        <source>Active endocarditis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="89"/>
        <source>Critical preoperative state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="90"/>
        <source>Diabetes on insulin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="91"/>
        <source>CCS class 4 angina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="92"/>
        <source>Recent myocardial infarction (within 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="93"/>
        <source>Surgery on the thoracic aorta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="110"/>
        <source>EuroSCORE II result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="117"/>
        <location filename="../../ui/pages_euroscore.py" line="118"/>
        <source>Use this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="167"/>
        <source>Age and sex are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="175"/>
        <source>Could not calculate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="180"/>
        <source>EuroSCORE II: %1% predicted in-hospital mortality after surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_euroscore.py" line="183"/>
        <source>Creatinine clearance (Cockcroft–Gault): %1 mL/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="93"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="97"/>
        <source>Type to find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="98"/>
        <source>Find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="108"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="109"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="123"/>
        <source>The glossary could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="138"/>
        <source>No word matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartPage</name>
    <message>
        <location filename="../../ui/pages_heart.py" line="17"/>
        <source>Heart function and rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="18"/>
        <source>How well the heart pumps and its rhythm. Leave blank or choose “I don&apos;t know” for anything not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="23"/>
        <source>Pumping strength (ejection fraction, EF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="29"/>
        <location filename="../../ui/pages_heart.py" line="30"/>
        <source>Atrial fibrillation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="30"/>
        <source>Irregular heartbeat (atrial fibrillation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="33"/>
        <location filename="../../ui/pages_heart.py" line="34"/>
        <source>Tricuspid regurgitation grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="36"/>
        <source>Progressive LV enlargement or falling LVEF on 3 or more studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="37"/>
        <source>On optimal guideline-directed medical therapy (GDMT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="42"/>
        <location filename="../../ui/pages_heart.py" line="46"/>
        <source>Cardiac resynchronisation therapy (CRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="43"/>
        <source>Not indicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="43"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="44"/>
        <source>Implanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="44"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="47"/>
        <source>Heart-failure hospitalisation in the last year or raised natriuretic peptides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="52"/>
        <source>Coronary disease needing revascularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="53"/>
        <source>Severe RV dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_heart.py" line="54"/>
        <source>Advanced (stage D) heart failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ui/widgets.py" line="292"/>
        <source>Problems on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Words explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Words explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>The word list is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>No special words on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>%1%2 — MR Decision Aid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/widgets.py" line="71"/>
        <source>Accepted range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="74"/>
        <location filename="../../ui/widgets.py" line="129"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="76"/>
        <source>I don&apos;t know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="110"/>
        <source>%1: “%2” is not a number (accepted range %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="116"/>
        <source>%1: enter a number (accepted range %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="131"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <location filename="../../ui/option_card.py" line="82"/>
        <source>Details: what it is, what it is like, benefits, risks, numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="83"/>
        <source>Show details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="103"/>
        <source>Guideline tier: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="110"/>
        <source>Why (from the inputs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="114"/>
        <source>verified against the guideline text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="116"/>
        <source>NOT verified against the guideline text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="118"/>
        <source>{society} {year}, {section}: class {cls}, level of evidence {loe} ({flag}). {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="132"/>
        <source>Would change with these missing inputs: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="144"/>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="147"/>
        <source>What it is like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="154"/>
        <source>Possible benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="155"/>
        <source>Possible risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="162"/>
        <source>Key numbers: out of 100 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="172"/>
        <source>{count} of 100 people: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="178"/>
        <source>Who: {group}. Over: {horizon}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="183"/>
        <source>Compared with: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="186"/>
        <source>Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="188"/>
        <source>How sure: {uncertainty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="191"/>
        <source>Unverified number: not yet checked against the primary source; ask your care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="40"/>
        <source>Your options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="51"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="57"/>
        <source>Patient view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="58"/>
        <source>Clinician view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="59"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="60"/>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="63"/>
        <source>ACC/AHA 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="64"/>
        <source>ESC/EACTS 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="65"/>
        <source>Guideline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="66"/>
        <source>&amp;Guideline set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="82"/>
        <source>Options and comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="85"/>
        <source>Option cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="87"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="88"/>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="139"/>
        <source>The options cannot be shown right now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="146"/>
        <source>Clinician view ({guideline}): each option&apos;s guideline tier, the inputs behind it, the cited recommendations and the missing inputs that would change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="153"/>
        <source>Options people in your situation discuss with their care team. They are always shown in the same order. Open an option to see what it is like, its possible benefits and risks, and what happened to 100 people like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="195"/>
        <source>Other care to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="205"/>
        <source>Notes on the inputs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/pages_review.py" line="17"/>
        <source>Check your answers</source>
        <extracomment>emitted with the page id to go back to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="18"/>
        <source>Everything you entered. Use “Change” to correct an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="24"/>
        <source>What the aid worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="54"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="56"/>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="64"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="64"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="65"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="65"/>
        <source>prohibitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="66"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_review.py" line="68"/>
        <source>Worked out from your answers — grade: %1 · stage: %2 · surgical risk: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../ui/pages_risk.py" line="21"/>
        <source>Surgical risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="22"/>
        <source>How risky an operation would be. Scores come from your care team; choose “I don&apos;t know” if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="26"/>
        <source>Your age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="27"/>
        <location filename="../../ui/pages_risk.py" line="30"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="27"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="27"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="28"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="33"/>
        <source>Surgical risk score (STS), if you were given one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="36"/>
        <source>EuroSCORE II, if you were given one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="37"/>
        <source>&amp;Calculate EuroSCORE II…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="39"/>
        <source>Calculate EuroSCORE II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="46"/>
        <source>Procedure-specific impediment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="47"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="47"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="48"/>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="49"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="50"/>
        <source>Procedure-specific impediment (e.g. porcelain aorta, chest radiation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="52"/>
        <source>Predicted risk of death or major morbidity with surgery over 50% at 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="56"/>
        <source>Surgical risk category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="88"/>
        <source>low</source>
        <extracomment>the dialog class (tests may replace it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="88"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="89"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="89"/>
        <source>prohibitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="90"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_risk.py" line="92"/>
        <source>Surgical risk category: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <location filename="../../ui/sessions.py" line="81"/>
        <source>Autosave</source>
        <extracomment>a new Case was loaded (open, new, recovery): the wizard should start again the window title should change (file name, unsaved marker)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="82"/>
        <source>Your answers cannot be saved automatically (%1). Use File ▸ Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="105"/>
        <source>Resume unsaved answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="106"/>
        <source>The aid did not close properly last time (%1). Resume the answers entered then?

If you choose No, they are kept and can be resumed from the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="135"/>
        <source>The file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="171"/>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="196"/>
        <source>Save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="208"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="209"/>
        <source>The session could not be saved to %1: %2. Your answers are still here; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="222"/>
        <source>Unsaved answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="223"/>
        <source>Save your answers before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sessions.py" line="233"/>
        <source>Cannot open this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityPage</name>
    <message>
        <location filename="../../ui/pages_severity.py" line="16"/>
        <source>How severe is the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="17"/>
        <source>The heart ultrasound (echocardiogram) report usually says how severe the leak is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="20"/>
        <source>Stated MR grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="22"/>
        <source>Grade in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="23"/>
        <source>What did your care team call the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="24"/>
        <source>Echo measurements (leave blank if not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="34"/>
        <source>Derived grade and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="41"/>
        <source>from the echo numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="41"/>
        <source>as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="42"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="44"/>
        <source>Grade: %1 %2 · Stage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_severity.py" line="47"/>
        <source>Thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages_start.py" line="24"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="26"/>
        <source>This aid helps you and your care team talk about treatment choices for a leaking mitral valve (mitral regurgitation). It does not give medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="28"/>
        <source>Who is using the aid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="30"/>
        <source>Who is using the aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="31"/>
        <source>I am a patient (or family member) preparing at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="32"/>
        <source>I am a clinician, with a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="34"/>
        <source>Plain questions; anything you do not know can be answered “I don&apos;t know”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="36"/>
        <source>Echo numbers, risk scores and valve anatomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="40"/>
        <source>Who is using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="44"/>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="48"/>
        <location filename="../../ui/pages_start.py" line="53"/>
        <source>Guideline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="49"/>
        <source>ACC/AHA 2020 (United States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="50"/>
        <source>ESC/EACTS 2025 (Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="58"/>
        <source>&amp;Resume the unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="60"/>
        <source>Resume the unsaved session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="61"/>
        <source>&amp;Open a saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_start.py" line="63"/>
        <source>Open a saved session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../ui/export.py" line="132"/>
        <source>{path} is a folder; choose a file name</source>
        <extracomment>The core&apos;s renderer, as &quot;module:function&quot; so the child imports it (no pickled code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="134"/>
        <source>The folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="147"/>
        <source>The summary could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="156"/>
        <source>The summary renderer stopped unexpectedly (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="167"/>
        <source>Could not save the summary to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/summary_page.py" line="61"/>
        <source>Your visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="63"/>
        <source>Take the summary to your visit. It lists your situation, the options, what matters to you and your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="68"/>
        <source>Patient (plain words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="69"/>
        <source>Clinician (with guideline tiers and citations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="70"/>
        <source>Summary written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="71"/>
        <source>Summary &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="73"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="74"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="75"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="78"/>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="79"/>
        <source>&amp;Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="80"/>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="85"/>
        <source>&amp;Create visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="86"/>
        <source>Create visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="87"/>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="88"/>
        <source>Print the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="89"/>
        <source>Opens the summary in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="90"/>
        <source>&amp;Open the last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="91"/>
        <source>Open the last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="101"/>
        <source>Printing opens the summary in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="135"/>
        <source>visit-summary-{date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="140"/>
        <source>Save the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="151"/>
        <source>visit-summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="159"/>
        <source>Creating your visit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="160"/>
        <location filename="../../ui/summary_page.py" line="236"/>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="161"/>
        <source>Creating the visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="178"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="179"/>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="180"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="201"/>
        <source>The summary is open in your PDF viewer; print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="206"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="209"/>
        <source>Visit summary saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="210"/>
        <source>The summary was saved to:
{path}

Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="221"/>
        <source>Summary not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="222"/>
        <source>Your answers are kept. You can choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="227"/>
        <source>Cancelled: no summary was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_page.py" line="237"/>
        <source>No PDF viewer could be started. The summary is at:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsPage</name>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="18"/>
        <location filename="../../ui/pages_symptoms.py" line="60"/>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="19"/>
        <source>Tick everything you have noticed in the last few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="25"/>
        <source>&lt;b&gt;Do you have any of these right now?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="27"/>
        <location filename="../../ui/pages_symptoms.py" line="38"/>
        <source>Emergency symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="28"/>
        <source>Severe shortness of breath at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="29"/>
        <source>Coughing up pink, frothy spit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="30"/>
        <source>Chest pain at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="31"/>
        <source>Fainting or passing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="32"/>
        <source>Signs of a stroke: face drooping, arm weakness, speech trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="33"/>
        <source>A racing heartbeat that will not slow down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="40"/>
        <location filename="../../ui/pages_symptoms.py" line="45"/>
        <source>Everyday symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="41"/>
        <source>I have no symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="43"/>
        <source>No symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="46"/>
        <source>Short of breath when active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="47"/>
        <source>Short of breath at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="48"/>
        <source>Short of breath lying flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="49"/>
        <source>Waking at night short of breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="50"/>
        <source>Tired or weak (fatigue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="51"/>
        <source>Swollen legs, ankles or feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="52"/>
        <source>Cough that does not go away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="53"/>
        <source>Heart pounding, fluttering or skipping (palpitations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="54"/>
        <source>Feeling dizzy or faint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="55"/>
        <source>Chest discomfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="56"/>
        <source>Can do less than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="57"/>
        <source>Getting up at night to pass urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="61"/>
        <source>How much do symptoms limit you? (NYHA class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="63"/>
        <location filename="../../ui/pages_symptoms.py" line="73"/>
        <source>NYHA class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="64"/>
        <source>Class I: no limits; ordinary activity causes no symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="65"/>
        <source>Class II: slight limits; fine at rest, ordinary activity (like climbing stairs) causes symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="67"/>
        <source>Class III: marked limits; fine at rest, but less than ordinary activity (like walking across a room) causes symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="69"/>
        <source>Class IV: symptoms even at rest; any activity makes them worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="70"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_symptoms.py" line="74"/>
        <source>Which fits you best?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../ui/pages_type.py" line="17"/>
        <source>Type of mitral regurgitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="18"/>
        <source>What causes the leak, and when it started. Choose “I don&apos;t know” if nobody has told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="20"/>
        <source>What causes the leak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="22"/>
        <source>Type of MR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="23"/>
        <source>Primary, degenerative (floppy or prolapsing valve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="24"/>
        <source>Primary, rheumatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="25"/>
        <source>Primary, after endocarditis (valve infection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="26"/>
        <source>Primary, other cause (from birth, radiation, medicines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="27"/>
        <source>Secondary, ventricular (enlarged or weak heart muscle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="28"/>
        <source>Secondary, atrial (enlarged upper chamber, often with atrial fibrillation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="29"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="30"/>
        <location filename="../../ui/pages_type.py" line="49"/>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="32"/>
        <source>The valve itself is damaged: its flaps are too loose or a cord holding them has broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="34"/>
        <source>The valve was scarred by rheumatic fever, usually many years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="35"/>
        <source>The valve is normal, but the pumping chamber is stretched, so the flaps no longer meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="37"/>
        <source>The valve is normal, but the upper chamber and the ring around the valve have widened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="39"/>
        <source>Both the valve and the heart muscle play a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="43"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="44"/>
        <source>When did it start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="46"/>
        <location filename="../../ui/pages_type.py" line="55"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="47"/>
        <source>Slowly, over months or years (chronic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="48"/>
        <source>Suddenly, over hours or days (acute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages_type.py" line="51"/>
        <source>A sudden severe leak is an emergency: it needs care in hospital now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../ui/values_page.py" line="55"/>
        <location filename="../../ui/values_page.py" line="72"/>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="56"/>
        <source>There are no right or wrong answers. You can change them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="81"/>
        <source>This page cannot be shown right now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="91"/>
        <source>How much does each of these matter to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="93"/>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="94"/>
        <source>4 = a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="102"/>
        <source>{feature}: {value} of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="111"/>
        <source>Anything else that matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="116"/>
        <source>For example: being able to look after my grandchildren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="117"/>
        <source>Your own priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="118"/>
        <location filename="../../ui/values_page.py" line="119"/>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="124"/>
        <source>Your own priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="127"/>
        <location filename="../../ui/values_page.py" line="128"/>
        <source>Remove selected priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="136"/>
        <source>Are you ready to decide? (the SURE test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="141"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="141"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="156"/>
        <source>Questions to ask your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="158"/>
        <source>Tick the questions you want to ask, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="160"/>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="171"/>
        <source>Your own question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="172"/>
        <source>Type a question of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="173"/>
        <location filename="../../ui/values_page.py" line="174"/>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="183"/>
        <location filename="../../ui/values_page.py" line="186"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="188"/>
        <source>Anything you want to remember or tell your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="291"/>
        <source>Answer all four questions to see your score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="294"/>
        <source>Your score: {total} of 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="296"/>
        <source>You may want more information or support before deciding. Talk about this with your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/values_page.py" line="338"/>
        <source>Notes: {n} characters is too long (accepted range 0–{max} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../ui/option_card.py" line="205"/>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="206"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="207"/>
        <source>Anaesthesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="208"/>
        <source>Lifelong medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="209"/>
        <source>Valve click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="210"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/option_card.py" line="211"/>
        <source>How long it lasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
