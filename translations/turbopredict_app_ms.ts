<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>tp::Cli</name>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="25"/>
        <source>Validate the fleet configuration and print a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="28"/>
        <source>Write the built-in demo fleet as editable YAML files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="30"/>
        <source>Run an integrity check on a unit&apos;s SQLite store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="43"/>
        <source>Usage: turbopredictd &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="44"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="49"/>
        <source>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="72"/>
        <source>turbopredictd: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="79"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="82"/>
        <source>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="83"/>
        <location filename="../app/turbopredictd/cli.cpp" line="88"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="86"/>
        <source>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="89"/>
        <source>Unit id, e.g. K-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="90"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="97"/>
        <source>Folder to write the files into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="103"/>
        <source>Run &quot;turbopredictd %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="107"/>
        <source>Usage: turbopredictd %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="121"/>
        <source>turbopredictd check-store: --unit ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="143"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="144"/>
        <location filename="../app/turbopredictd/cli.cpp" line="155"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="151"/>
        <source>Configuration %1: %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="152"/>
        <source>(built-in demo fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="154"/>
        <location filename="../app/turbopredictd/cli.cpp" line="163"/>
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="175"/>
        <source>turbopredictd init-config: give exactly one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="180"/>
        <source>turbopredictd init-config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="183"/>
        <source>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="199"/>
        <source>turbopredictd check-store: no unit &quot;%1&quot; in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="205"/>
        <source>turbopredictd check-store: unit %1 has no store yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="212"/>
        <location filename="../app/turbopredictd/cli.cpp" line="217"/>
        <source>turbopredictd check-store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="221"/>
        <source>%1: ok (schema %2, %n sample(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="228"/>
        <source>%1: the integrity check found problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
