<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>tp::AlarmManager</name>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="43"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="44"/>
        <source>Active, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="45"/>
        <source>Active, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="46"/>
        <source>Returned, unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="47"/>
        <source>Shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="48"/>
        <source>Suppressed (unit not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="96"/>
        <source>%1 above %2 limit %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="97"/>
        <source>%1 below %2 limit %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="215"/>
        <source>unit %1 has no alarm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="229"/>
        <source>alarm %1 is %2 and needs no acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="261"/>
        <source>a shelving must end in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="266"/>
        <source>shelving needs the name of the person who shelves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="284"/>
        <source>alarm %1 is not shelved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="95"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="192"/>
        <location filename="../core/ingest/csvreader.cpp" line="270"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="203"/>
        <source>is UTF-16 encoded; save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="280"/>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="330"/>
        <source>row %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="323"/>
        <source>row %1 is longer than %2 MB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="379"/>
        <source>row %1 has more than 16384 columns; refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::DataSource</name>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="155"/>
        <source>%1: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="162"/>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="190"/>
        <source>remote source %1: remote sites are not supported by this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::FleetConfigLoader</name>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="95"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="103"/>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="116"/>
        <source>unknown key (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="127"/>
        <source>must be a single value, not a list or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="142"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="152"/>
        <source>not found; using the default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="160"/>
        <source>must be a mapping of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="171"/>
        <source>must be a list of plant names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="182"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="602"/>
        <source>&quot;%1&quot; is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="191"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="222"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="245"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="358"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="616"/>
        <source>&quot;%1&quot; is not a duration (use 30s, 5m, 1h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="194"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="225"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="248"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="666"/>
        <source>must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="205"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="489"/>
        <source>must be a number of samples from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="213"/>
        <source>must be from 0 to 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="238"/>
        <source>&quot;%1&quot; is not a synchronous mode (use normal or full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="256"/>
        <source>must be a mapping with a type (simulator, xlsx, csv, folder or remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="262"/>
        <source>missing (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="268"/>
        <source>&quot;%1&quot; is not a source type (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="297"/>
        <source>missing (a %1 source needs a path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="311"/>
        <source>&quot;%1&quot; is not a layout (use auto, sampled or compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="323"/>
        <source>missing (a remote source needs the URL of a turbopredictd server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="328"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="340"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="371"/>
        <source>&quot;%1&quot; is not a scenario (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="376"/>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="386"/>
        <source>must be a mapping of lolo, lo, hi, hihi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="413"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="495"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="580"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="593"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="428"/>
        <source>&quot;%1&quot; is not a priority (use critical, high, medium or low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="452"/>
        <source>%1 (%2) must be below %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="469"/>
        <source>must be a mapping with at least a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="480"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="509"/>
        <source>&quot;%1&quot; is not a tag kind (use flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output or other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="523"/>
        <source>&quot;%1&quot; is not a role (use speed or main_flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="539"/>
        <source>the low end (%1) must be below the high end (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="548"/>
        <source>must be a range [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="569"/>
        <source>must be a mapping with unit_id, plant, source and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="583"/>
        <source>%1 is already defined in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="590"/>
        <source>&quot;%1&quot; differs from the file name; name the file %1.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="607"/>
        <source>missing (give the plant&apos;s IANA time zone, e.g. Asia/Kuala_Lumpur, here or under defaults in global.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="624"/>
        <source>missing (every unit needs a source: simulator, xlsx, csv, folder or remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="631"/>
        <source>no tags configured; the unit will have nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="633"/>
        <source>must be a list of tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="645"/>
        <source>%1 is listed twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="652"/>
        <source>role %1 is already given to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="686"/>
        <source>is not a configuration folder (it does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="695"/>
        <source>folder missing: put one &lt;UNIT_ID&gt;.yml per unit in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="702"/>
        <source>contains no unit files (*.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="757"/>
        <source>%1 already holds a configuration; choose an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="762"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="773"/>
        <source>cannot read the built-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="778"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="90"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="103"/>
        <location filename="../core/ingest/importer.cpp" line="111"/>
        <location filename="../core/ingest/importer.cpp" line="188"/>
        <location filename="../core/ingest/importer.cpp" line="275"/>
        <location filename="../core/ingest/importer.cpp" line="468"/>
        <location filename="../core/ingest/importer.cpp" line="473"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="127"/>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="181"/>
        <source>%1: %2: date cell has format &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="183"/>
        <source>%1: %2: &quot;%3&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="190"/>
        <source>%1: no data found: no row in the first %2 starts with a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="259"/>
        <source>%1: no column matches a tag of unit %2 (unmatched: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="262"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="333"/>
        <source>%1: &quot;%2&quot; is not a date and time; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="337"/>
        <source>%1: time missing; values of this row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="347"/>
        <source>%1: time goes backwards (earlier than the row before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="351"/>
        <source>%1: same time as the row before; the later row wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="378"/>
        <source>%1: &quot;%2&quot; looks like a number but is not one here; stored as a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="387"/>
        <source>%1: a date where a value belongs; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="478"/>
        <source>cancelled after %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="175"/>
        <source>cannot start the upgrade to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="184"/>
        <source>upgrade to schema %1 failed (%2) in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="192"/>
        <source>upgrade to schema %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ModeDetector</name>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="31"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="32"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="33"/>
        <source>Transient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="34"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitController</name>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="154"/>
        <source>Responding again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="178"/>
        <source>Not responding for %1 s; its current work was asked to stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitSnapshot</name>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="31"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="32"/>
        <source>Back-filling history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="33"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="34"/>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="35"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="36"/>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="37"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitStore</name>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="226"/>
        <source>the file is locked by another program; close it and try again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="229"/>
        <source>the disk is full; nothing of this write was stored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="232"/>
        <source>the file is damaged or not a database; it was left untouched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="235"/>
        <source>the file is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="237"/>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="239"/>
        <source>a disk read or write failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="258"/>
        <location filename="../core/storage/unitstore.cpp" line="359"/>
        <location filename="../core/storage/unitstore.cpp" line="370"/>
        <location filename="../core/storage/unitstore.cpp" line="384"/>
        <location filename="../core/storage/unitstore.cpp" line="574"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="268"/>
        <location filename="../core/storage/unitstore.cpp" line="271"/>
        <location filename="../core/storage/unitstore.cpp" line="276"/>
        <location filename="../core/storage/unitstore.cpp" line="294"/>
        <source>%1 is not a usable unit store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="278"/>
        <location filename="../core/storage/unitstore.cpp" line="284"/>
        <source>%1 is a SQLite database of another program, not a TurboPredict unit store; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="288"/>
        <source>%1 was written by a newer TurboPredict (schema %2; this version reads up to %3); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="296"/>
        <source>%1 holds the data of unit %2, not %3; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="309"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="311"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="319"/>
        <source>the SQLite driver of Qt is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="324"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="342"/>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="379"/>
        <source>the SQLite driver of Qt does not expose its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="475"/>
        <location filename="../core/storage/unitstore.cpp" line="539"/>
        <location filename="../core/storage/unitstore.cpp" line="565"/>
        <location filename="../core/storage/unitstore.cpp" line="827"/>
        <location filename="../core/storage/unitstore.cpp" line="869"/>
        <location filename="../core/storage/unitstore.cpp" line="1195"/>
        <location filename="../core/storage/unitstore.cpp" line="1257"/>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="495"/>
        <source>cannot store tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="546"/>
        <source>cannot record the state &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="644"/>
        <source>sample for unknown tag id %1; nothing of this write was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="767"/>
        <location filename="../core/storage/unitstore.cpp" line="789"/>
        <source>%1: cannot update the rollups: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitWorker</name>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="76"/>
        <source>Waiting for the first refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="147"/>
        <source>Back-filling history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="147"/>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="165"/>
        <source>no data source for this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="171"/>
        <source>the data source failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="174"/>
        <source>the data source failed with an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="186"/>
        <source>the analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="190"/>
        <source>the refresh was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="201"/>
        <source>Refreshed: %n value(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="285"/>
        <source>Operating mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="368"/>
        <source>an alarm can be shelved for at most %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::XlsxReader</name>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="193"/>
        <source>xl/_rels/workbook.xml.rels is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="213"/>
        <source>xl/workbook.xml is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="215"/>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="244"/>
        <source>xl/styles.xml is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="266"/>
        <source>xl/sharedStrings.xml is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="271"/>
        <source>xl/sharedStrings.xml ends unexpectedly (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="291"/>
        <source>more than %1 shared strings; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="294"/>
        <source>shared strings exceed %1 million characters; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="322"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="324"/>
        <source>not an xlsx workbook (not a zip archive, or truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="326"/>
        <source>the archive has %1 parts, more than the %2 allowed; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="339"/>
        <source>has no sheet &quot;%1&quot; (sheets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="344"/>
        <source>sheet &quot;%1&quot; has no part in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="428"/>
        <source>%1: the sheet XML is damaged at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="436"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="786"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="850"/>
        <source>%1: the sheet ends unexpectedly (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="473"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="894"/>
        <source>%1: row %2 comes after row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="484"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="907"/>
        <source>%1: row %2 has more than %3 columns; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="758"/>
        <source>%1: the sheet XML is damaged near row %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="133"/>
        <source>%1: cell refers to shared string %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ZipEntryStream</name>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="36"/>
        <source>the archive has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="43"/>
        <source>part %1 cannot be read (damaged archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="51"/>
        <source>part %1: cannot start decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="56"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="86"/>
        <location filename="../core/ingest/zipentrystream.cpp" line="96"/>
        <source>part %1 is truncated (the archive ends inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="111"/>
        <source>part %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="120"/>
        <source>part %1 inflates to more than %2 MB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="127"/>
        <source>part %1 inflates more than %2 times its compressed size (a zip bomb?); refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
