<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>tp::Cli</name>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="30"/>
        <source>Validate the fleet configuration and print a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="33"/>
        <source>Write the built-in demo fleet as editable YAML files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="35"/>
        <source>Run an integrity check on a unit&apos;s SQLite store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="37"/>
        <source>Import historian exports (.xlsx, .csv) into a unit&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="40"/>
        <source>Write stored samples as CSV (time,tag,value,quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="53"/>
        <source>Usage: turbopredictd &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="54"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="59"/>
        <source>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="82"/>
        <source>turbopredictd: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="89"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="92"/>
        <source>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="93"/>
        <location filename="../app/turbopredictd/cli.cpp" line="98"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="96"/>
        <source>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="99"/>
        <source>Unit id, e.g. K-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="100"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="102"/>
        <source>Sheet to read (default: the unit&apos;s source.sheet, else the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="103"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="105"/>
        <source>Layout: auto (default), sampled or compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="106"/>
        <source>LAYOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="107"/>
        <source>Comma-separated tag names (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="108"/>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="110"/>
        <source>Start time, ISO 8601; UTC unless it names a zone (default: the beginning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="111"/>
        <location filename="../app/turbopredictd/cli.cpp" line="113"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="112"/>
        <source>End time (exclusive), as --from (default: the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="114"/>
        <source>File to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="115"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="122"/>
        <source>Folder to write the files into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="127"/>
        <source>Export files to import (default: the unit&apos;s source: its file, or the new files of its folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="128"/>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="141"/>
        <source>Run &quot;turbopredictd %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="145"/>
        <source>Usage: turbopredictd %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="159"/>
        <source>turbopredictd check-store: --unit ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="166"/>
        <source>turbopredictd %1: --unit ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="172"/>
        <source>turbopredictd import: --layout must be auto, sampled or compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="198"/>
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="199"/>
        <location filename="../app/turbopredictd/cli.cpp" line="210"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="206"/>
        <source>Configuration %1: %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="207"/>
        <source>(built-in demo fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="209"/>
        <location filename="../app/turbopredictd/cli.cpp" line="218"/>
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="230"/>
        <source>turbopredictd init-config: give exactly one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="235"/>
        <source>turbopredictd init-config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="238"/>
        <source>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="254"/>
        <source>turbopredictd check-store: no unit &quot;%1&quot; in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="260"/>
        <source>turbopredictd check-store: unit %1 has no store yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="267"/>
        <location filename="../app/turbopredictd/cli.cpp" line="272"/>
        <source>turbopredictd check-store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="276"/>
        <source>%1: ok (schema %2, %n sample(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="283"/>
        <source>%1: the integrity check found problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="316"/>
        <source>turbopredictd: no unit &quot;%1&quot; in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="326"/>
        <source>turbopredictd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="354"/>
        <source>%1: no new or changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="357"/>
        <source>turbopredictd import: unit %1 has a %2 source; give the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="375"/>
        <source>%1: %2% (%n row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="389"/>
        <source>turbopredictd import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="389"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="392"/>
        <source>%1%2: %3 layout, %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="394"/>
        <source>%1 values: %2 stored, %3 already stored, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="396"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="397"/>
        <source>tags: %1 mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="399"/>
        <source>unmatched columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="402"/>
        <source>time range (UTC): %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="406"/>
        <source>state &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="408"/>
        <source>DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="412"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="414"/>
        <source>... and %1 more warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="440"/>
        <source>turbopredictd export: &quot;%1&quot; is not a time (use 2026-03-01T00:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="458"/>
        <source>turbopredictd export: unit %1 has no tag &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="471"/>
        <source>turbopredictd export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="479"/>
        <source>turbopredictd export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
