<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tp::Cli</name>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="41"/>
        <source>Validate the fleet configuration and print a summary</source>
        <translation>Validate the fleet configuration and print a summary</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="44"/>
        <source>Write the built-in demo fleet as editable YAML files</source>
        <translation>Write the built-in demo fleet as editable YAML files</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="46"/>
        <source>Run an integrity check on a unit&apos;s SQLite store</source>
        <translation>Run an integrity check on a unit&apos;s SQLite store</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="48"/>
        <source>Import historian exports (.xlsx, .csv) into a unit&apos;s store</source>
        <translation>Import historian exports (.xlsx, .csv) into a unit&apos;s store</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="51"/>
        <source>List a unit&apos;s imports: file, time, values stored, already stored and replaced</source>
        <translation>List a unit&apos;s imports: file, time, values stored, already stored and replaced</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="54"/>
        <source>Undo an import: restore the values it replaced, remove the ones it added</source>
        <translation>Undo an import: restore the values it replaced, remove the ones it added</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="57"/>
        <source>Write stored samples as CSV (time,tag,value,quality)</source>
        <translation>Write stored samples as CSV (time,tag,value,quality)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="59"/>
        <source>Run the fleet without HTTP; print a status line per unit per minute</source>
        <translation>Run the fleet without HTTP; print a status line per unit per minute</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="62"/>
        <source>Run the fleet with the HTTP API and Prometheus metrics</source>
        <translation>Run the fleet with the HTTP API and Prometheus metrics</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="64"/>
        <source>Write a unit file from the points of a PI Web API data server</source>
        <translation>Write a unit file from the points of a PI Web API data server</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="66"/>
        <source>Write a unit file from the tags of an export (.xlsx, .csv)</source>
        <translation>Write a unit file from the tags of an export (.xlsx, .csv)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="68"/>
        <source>Print each unit&apos;s state from its store</source>
        <translation>Print each unit&apos;s state from its store</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="81"/>
        <source>Usage: turbopredictd &lt;command&gt; [options]</source>
        <translation>Usage: turbopredictd &lt;command&gt; [options]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="82"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="94"/>
        <source>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</source>
        <translation>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="117"/>
        <source>turbopredictd: unknown command &quot;%1&quot;</source>
        <translation>turbopredictd: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="124"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="127"/>
        <source>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</source>
        <translation>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="128"/>
        <location filename="../app/turbopredictd/cli.cpp" line="133"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="131"/>
        <source>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</source>
        <translation>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="134"/>
        <source>Unit id, e.g. K-12-01.</source>
        <translation>Unit id, e.g. K-12-01.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="135"/>
        <location filename="../app/turbopredictd/cli.cpp" line="212"/>
        <location filename="../app/turbopredictd/cli.cpp" line="662"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="137"/>
        <source>Sheet to read (default: the unit&apos;s source.sheet, else the first).</source>
        <translation>Sheet to read (default: the unit&apos;s source.sheet, else the first).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="138"/>
        <location filename="../app/turbopredictd/cli.cpp" line="207"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="140"/>
        <source>Layout: auto (default), sampled or compressed.</source>
        <translation>Layout: auto (default), sampled or compressed.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="141"/>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="142"/>
        <source>Comma-separated tag names (default: all).</source>
        <translation>Comma-separated tag names (default: all).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="143"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="145"/>
        <source>Start time, ISO 8601; UTC unless it names a zone (default: the beginning).</source>
        <translation>Start time, ISO 8601; UTC unless it names a zone (default: the beginning).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="146"/>
        <location filename="../app/turbopredictd/cli.cpp" line="148"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="147"/>
        <source>End time (exclusive), as --from (default: the end).</source>
        <translation>End time (exclusive), as --from (default: the end).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="149"/>
        <source>File to write (default: standard output).</source>
        <translation>File to write (default: standard output).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="150"/>
        <location filename="../app/turbopredictd/cli.cpp" line="185"/>
        <location filename="../app/turbopredictd/cli.cpp" line="187"/>
        <location filename="../app/turbopredictd/cli.cpp" line="188"/>
        <location filename="../app/turbopredictd/cli.cpp" line="210"/>
        <location filename="../app/turbopredictd/cli.cpp" line="213"/>
        <location filename="../app/turbopredictd/cli.cpp" line="214"/>
        <location filename="../app/turbopredictd/cli.cpp" line="218"/>
        <location filename="../app/turbopredictd/cli.cpp" line="663"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="152"/>
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation>Run the clock N times faster than real time (default: 1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="153"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="155"/>
        <source>Stop after this long, e.g. 10m (default: until interrupted).</source>
        <translation>Stop after this long, e.g. 10m (default: until interrupted).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="156"/>
        <location filename="../app/turbopredictd/cli.cpp" line="159"/>
        <location filename="../app/turbopredictd/cli.cpp" line="162"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="158"/>
        <source>Simulated history to back-fill at the first start, e.g. 7d (default: each unit&apos;s configuration).</source>
        <translation>Simulated history to back-fill at the first start, e.g. 7d (default: each unit&apos;s configuration).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="161"/>
        <source>Print the status lines this often (default: 1m).</source>
        <translation>Print the status lines this often (default: 1m).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="169"/>
        <source>Folder to write the files into.</source>
        <translation>Folder to write the files into.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="172"/>
        <source>The import to undo, as &quot;turbopredictd imports&quot; lists it.</source>
        <translation>The import to undo, as &quot;turbopredictd imports&quot; lists it.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="177"/>
        <source>Export files to import (default: the unit&apos;s source: its file, or the new files of its folder).</source>
        <translation>Export files to import (default: the unit&apos;s source: its file, or the new files of its folder).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="178"/>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="181"/>
        <source>Address and port to listen on (default: 127.0.0.1:8080; another address must be asked for).</source>
        <translation>Address and port to listen on (default: 127.0.0.1:8080; another address must be asked for).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="182"/>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="184"/>
        <source>File holding the bearer token that POSTs need (else TP_API_TOKEN; never on the command line).</source>
        <translation>File holding the bearer token that POSTs need (else TP_API_TOKEN; never on the command line).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="186"/>
        <source>Require the token for GETs too.</source>
        <translation>Require the token for GETs too.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="187"/>
        <source>TLS certificate (PEM); with --tls-key serves HTTPS.</source>
        <translation>TLS certificate (PEM); with --tls-key serves HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="188"/>
        <source>TLS private key (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="190"/>
        <source>Run only these units (comma-separated ids; default: all), e.g. one container per unit.</source>
        <translation>Run only these units (comma-separated ids; default: all), e.g. one container per unit.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="191"/>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="206"/>
        <source>The PI Web API, e.g. https://pi-web.plant.local/piwebapi.</source>
        <translation>The PI Web API, e.g. https://pi-web.plant.local/piwebapi.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="206"/>
        <location filename="../app/turbopredictd/cli.cpp" line="211"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="207"/>
        <source>PI data server (default: the only one the server lists).</source>
        <translation>PI data server (default: the only one the server lists).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="208"/>
        <source>kerberos (default: the logged-on Windows user), basic, bearer or anonymous.</source>
        <translation>kerberos (default: the logged-on Windows user), basic, bearer or anonymous.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="208"/>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="209"/>
        <source>User for basic authentication, e.g. PLANT\svc-reader.</source>
        <translation>User for basic authentication, e.g. PLANT\svc-reader.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="209"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="210"/>
        <source>File holding the password (else TP_PI_PASSWORD; never on the command line).</source>
        <translation>File holding the password (else TP_PI_PASSWORD; never on the command line).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="211"/>
        <source>Bearer: the identity provider&apos;s token URL.</source>
        <translation>Bearer: the identity provider&apos;s token URL.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="212"/>
        <source>Bearer: the client id.</source>
        <translation>Bearer: the client id.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="213"/>
        <source>Bearer: file holding the client secret (else TP_PI_CLIENT_SECRET).</source>
        <translation>Bearer: file holding the client secret (else TP_PI_CLIENT_SECRET).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="214"/>
        <source>Extra CA certificate (PEM) to trust.</source>
        <translation>Extra CA certificate (PEM) to trust.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="215"/>
        <source>Point name filter, * and ? as wildcards, e.g. &apos;PCFS.K-12-01.*&apos;.</source>
        <translation>Point name filter, * and ? as wildcards, e.g. &apos;PCFS.K-12-01.*&apos;.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="215"/>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="216"/>
        <source>The unit&apos;s plant, e.g. PCFS.</source>
        <translation>The unit&apos;s plant, e.g. PCFS.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="216"/>
        <source>PLANT</source>
        <translation>PLANT</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="217"/>
        <source>The plant&apos;s IANA time zone, e.g. Asia/Kuala_Lumpur.</source>
        <translation>The plant&apos;s IANA time zone, e.g. Asia/Kuala_Lumpur.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="217"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="218"/>
        <source>Unit file to write (default: standard output); an existing file is not overwritten.</source>
        <translation>Unit file to write (default: standard output); an existing file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="228"/>
        <source>The export (.xlsx or .csv).</source>
        <translation>The export (.xlsx or .csv).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="241"/>
        <source>Run &quot;turbopredictd %1 --help&quot; for its options.</source>
        <translation>Run &quot;turbopredictd %1 --help&quot; for its options.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="245"/>
        <source>Usage: turbopredictd %1 %2</source>
        <translation>Usage: turbopredictd %1 %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="614"/>
        <source>%1 values: %2 stored, %3 already stored, %4 skipped; %5 added, %6 replaced</source>
        <translation>%1 values: %2 stored, %3 already stored, %4 skipped; %5 added, %6 replaced</translation>
    </message>
    <message>
        <source>turbopredictd run: --sim-speed must be a number above 0</source>
        <translation type="vanished">turbopredictd run: --sim-speed must be a number above 0</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="261"/>
        <source>turbopredictd %1: --sim-speed must be a number above 0</source>
        <translation>turbopredictd %1: --sim-speed must be a number above 0</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="268"/>
        <location filename="../app/turbopredictd/cli.cpp" line="277"/>
        <location filename="../app/turbopredictd/cli.cpp" line="285"/>
        <source>turbopredictd run: &quot;%1&quot; is not a duration (use 30s, 5m, 1h)</source>
        <translation>turbopredictd run: &quot;%1&quot; is not a duration (use 30s, 5m, 1h)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="302"/>
        <source>turbopredictd serve: --listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080</source>
        <translation>turbopredictd serve: --listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="309"/>
        <source>turbopredictd serve: %1: %2</source>
        <translation>turbopredictd serve: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="320"/>
        <source>turbopredictd serve: --tls-cert and --tls-key go together</source>
        <translation>turbopredictd serve: --tls-cert and --tls-key go together</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="345"/>
        <source>turbopredictd discover-pi: --auth must be kerberos, basic, bearer or anonymous</source>
        <translation>turbopredictd discover-pi: --auth must be kerberos, basic, bearer or anonymous</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="360"/>
        <source>turbopredictd check-store: --unit ID is required</source>
        <translation>turbopredictd check-store: --unit ID is required</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="367"/>
        <source>turbopredictd %1: --unit ID is required</source>
        <translation>turbopredictd %1: --unit ID is required</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="378"/>
        <source>turbopredictd undo-import: give one import id, as &quot;turbopredictd imports --unit %1&quot; lists it</source>
        <translation>turbopredictd undo-import: give one import id, as &quot;turbopredictd imports --unit %1&quot; lists it</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="388"/>
        <source>turbopredictd import: --layout must be auto, sampled or compressed</source>
        <translation>turbopredictd import: --layout must be auto, sampled or compressed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="414"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="415"/>
        <location filename="../app/turbopredictd/cli.cpp" line="426"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="422"/>
        <source>Configuration %1: %n unit(s)</source>
        <translation>
            <numerusform>Configuration %1: %n unit</numerusform>
            <numerusform>Configuration %1: %n units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="423"/>
        <source>(built-in demo fleet)</source>
        <translation>(built-in demo fleet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="425"/>
        <location filename="../app/turbopredictd/cli.cpp" line="434"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="446"/>
        <source>turbopredictd init-config: give exactly one folder</source>
        <translation>turbopredictd init-config: give exactly one folder</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="451"/>
        <source>turbopredictd init-config: %1</source>
        <translation>turbopredictd init-config: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="454"/>
        <source>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</source>
        <translation>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="470"/>
        <source>turbopredictd check-store: no unit &quot;%1&quot; in the configuration</source>
        <translation>turbopredictd check-store: no unit &quot;%1&quot; in the configuration</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="476"/>
        <source>turbopredictd check-store: unit %1 has no store yet (%2)</source>
        <translation>turbopredictd check-store: unit %1 has no store yet (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="483"/>
        <location filename="../app/turbopredictd/cli.cpp" line="488"/>
        <source>turbopredictd check-store: %1</source>
        <translation>turbopredictd check-store: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="492"/>
        <source>%1: ok (schema %2, %n sample(s))</source>
        <translation>
            <numerusform>%1: ok (schema %2, %n sample)</numerusform>
            <numerusform>%1: ok (schema %2, %n samples)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="499"/>
        <source>%1: the integrity check found problems:</source>
        <translation>%1: the integrity check found problems:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="532"/>
        <source>turbopredictd: no unit &quot;%1&quot; in the configuration</source>
        <translation>turbopredictd: no unit &quot;%1&quot; in the configuration</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="533"/>
        <source>To create it from an export: turbopredictd discover-file FILE --unit %1 --plant PLANT --output %2</source>
        <translation>To create it from an export: turbopredictd discover-file FILE --unit %1 --plant PLANT --output %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="546"/>
        <source>turbopredictd: %1</source>
        <translation>turbopredictd: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="574"/>
        <source>%1: no new or changed files</source>
        <translation>%1: no new or changed files</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="577"/>
        <source>turbopredictd import: unit %1 has a %2 source; give the files to import</source>
        <translation>turbopredictd import: unit %1 has a %2 source; give the files to import</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="595"/>
        <source>%1: %2% (%n row(s))</source>
        <translation>
            <numerusform>%1: %2% (%n row)</numerusform>
            <numerusform>%1: %2% (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="609"/>
        <source>turbopredictd import: %1</source>
        <translation>turbopredictd import: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="609"/>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="612"/>
        <source>%1%2: %3 layout, %n row(s)</source>
        <translation>
            <numerusform>%1%2: %3 layout, %n row</numerusform>
            <numerusform>%1%2: %3 layout, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: %2 stored, %3 already stored, %4 skipped</source>
        <translation type="vanished">%1 values: %2 stored, %3 already stored, %4 skipped</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="617"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="618"/>
        <source>import id: %1</source>
        <translation>import id: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="624"/>
        <source>tags: %1 mapped</source>
        <translation>tags: %1 mapped</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="626"/>
        <source>unmatched columns: %1</source>
        <translation>unmatched columns: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="629"/>
        <source>time range (UTC): %1 to %2</source>
        <translation>time range (UTC): %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="633"/>
        <source>state &quot;%1&quot;: %2</source>
        <translation>state &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="635"/>
        <source>DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)</source>
        <translation>DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="639"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="641"/>
        <source>... and %1 more warnings</source>
        <translation>... and %1 more warnings</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="654"/>
        <source>turbopredictd imports: unit %1: %2</source>
        <translation>turbopredictd imports: unit %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="658"/>
        <source>Unit %1 has no imports.</source>
        <translation>Unit %1 has no imports.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="662"/>
        <source>IMPORTED</source>
        <translation>IMPORTED</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="662"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="662"/>
        <source>STORED</source>
        <translation>STORED</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="663"/>
        <source>ALREADY STORED</source>
        <translation>ALREADY STORED</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="663"/>
        <source>REPLACED</source>
        <translation>REPLACED</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="681"/>
        <source>turbopredictd undo-import: %1</source>
        <translation>turbopredictd undo-import: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="684"/>
        <source>Unit %1, import %2 undone: %3 value(s) restored, %4 removed</source>
        <translation>Unit %1, import %2 undone: %3 value(s) restored, %4 removed</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="712"/>
        <source>turbopredictd export: &quot;%1&quot; is not a time (use 2026-03-01T00:00:00Z)</source>
        <translation>turbopredictd export: &quot;%1&quot; is not a time (use 2026-03-01T00:00:00Z)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="730"/>
        <source>turbopredictd export: unit %1 has no tag &quot;%2&quot;</source>
        <translation>turbopredictd export: unit %1 has no tag &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="743"/>
        <source>turbopredictd export: cannot write %1: %2</source>
        <translation>turbopredictd export: cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="751"/>
        <source>turbopredictd export: %1</source>
        <translation>turbopredictd export: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="822"/>
        <source>alarms %1 (%2 unack)</source>
        <translation>alarms %1 (%2 unack)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="824"/>
        <source>fresh %1</source>
        <translation>fresh %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="824"/>
        <source>STALE %1</source>
        <translation>STALE %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="825"/>
        <source>stale %1</source>
        <translation>stale %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="826"/>
        <source>refreshes %1</source>
        <translation>refreshes %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="827"/>
        <source>last %1 ms</source>
        <translation>last %1 ms</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="829"/>
        <source>health %1 (%2)</source>
        <translation>health %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="835"/>
        <source>RUL %1 %2/%3/%4 d</source>
        <translation>RUL %1 %2/%3/%4 d</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="838"/>
        <source>(mode, health and RUL as of %1)</source>
        <translation>(mode, health and RUL as of %1)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="839"/>
        <source>(no data)</source>
        <translation>(no data)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="841"/>
        <source>back-fill %1%</source>
        <translation>back-fill %1%</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="843"/>
        <source>ALARM FLOOD</source>
        <translation>ALARM FLOOD</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="845"/>
        <location filename="../app/turbopredictd/cli.cpp" line="971"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="862"/>
        <source>turbopredictd: --units: there is no unit %1 in the configuration</source>
        <translation>turbopredictd: --units: there is no unit %1 in the configuration</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="873"/>
        <source>Running %n unit(s) from %1 with data in %2</source>
        <translation>
            <numerusform>Running %n unit from %1 with data in %2</numerusform>
            <numerusform>Running %n units from %1 with data in %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="874"/>
        <source>the built-in demo fleet</source>
        <translation>the built-in demo fleet</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="877"/>
        <source>(clock %1x real time)</source>
        <translation>(clock %1x real time)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="881"/>
        <source>%1: stalled (no heartbeat)</source>
        <translation>%1: stalled (no heartbeat)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="885"/>
        <source>%1: recovered</source>
        <translation>%1: recovered</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="893"/>
        <source>turbopredictd serve: %1</source>
        <translation>turbopredictd serve: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="896"/>
        <source>Serving the API on %1%2:%3%4</source>
        <translation>Serving the API on %1%2:%3%4</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="900"/>
        <source>(no token: POSTs are refused)</source>
        <translation>(no token: POSTs are refused)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="940"/>
        <source>Stopped; every store was checkpointed.</source>
        <translation>Stopped; every store was checkpointed.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="955"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="956"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="957"/>
        <source>newest sample</source>
        <translation>newest sample</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="958"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="959"/>
        <source>alarms</source>
        <translation>alarms</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="960"/>
        <source>unacknowledged</source>
        <translation>unacknowledged</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="965"/>
        <source>no store yet</source>
        <translation>no store yet</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="47"/>
        <source>turbopredictd %1: %2 exists; not overwritten</source>
        <translation>turbopredictd %1: %2 exists; not overwritten</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="53"/>
        <source>turbopredictd %1: %2: %3</source>
        <translation>turbopredictd %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/discover.cpp" line="56"/>
        <source>Wrote %1 (%n tag(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n tag).</numerusform>
            <numerusform>Wrote %1 (%n tags).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="70"/>
        <source>check-config accepts it; start the unit with turbopredictd run --config %1 --units %2</source>
        <translation>check-config accepts it; start the unit with turbopredictd run --config %1 --units %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="90"/>
        <source>turbopredictd %1: %2 required</source>
        <translation>turbopredictd %1: %2 required</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="94"/>
        <location filename="../app/turbopredictd/discover.cpp" line="139"/>
        <source>turbopredictd %1: &quot;%2&quot; is not a unit id (letters, digits, -, _ and .)</source>
        <translation>turbopredictd %1: &quot;%2&quot; is not a unit id (letters, digits, -, _ and .)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="98"/>
        <source>turbopredictd %1: --url holds a user name or password; use --user and --password-file</source>
        <translation>turbopredictd %1: --url holds a user name or password; use --user and --password-file</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="104"/>
        <location filename="../app/turbopredictd/discover.cpp" line="113"/>
        <location filename="../app/turbopredictd/discover.cpp" line="147"/>
        <source>turbopredictd %1: %2</source>
        <translation>turbopredictd %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/discover.cpp" line="108"/>
        <source>%n point(s) read</source>
        <translation>
            <numerusform>%n point read</numerusform>
            <numerusform>%n points read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="117"/>
        <source>turbopredictd %1: no point on %2 matches %3</source>
        <translation>turbopredictd %1: no point on %2 matches %3</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/discover.cpp" line="135"/>
        <source>turbopredictd %1: one FILE, --unit and --plant are required</source>
        <translation>turbopredictd %1: one FILE, --unit and --plant are required</translation>
    </message>
</context>
</TS>
