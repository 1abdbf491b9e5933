<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>tp::AlarmTableModel</name>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="86"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="100"/>
        <source>%1
Comment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="128"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="129"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="130"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="131"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="132"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="133"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="134"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="135"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="136"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::FleetOverview</name>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="146"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="149"/>
        <source>By plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="150"/>
        <source>Worst health first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="151"/>
        <source>Shortest remaining life first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="247"/>
        <source>All units, worst health first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="248"/>
        <source>All units, shortest remaining life first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::HandoverReport</name>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <location filename="../widgets/handoverreport.cpp" line="218"/>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="116"/>
        <source>Shift from %1 to %2; %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="120"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="120"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="120"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="120"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="120"/>
        <source>Most urgent forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="126"/>
        <location filename="../widgets/handoverreport.cpp" line="142"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="126"/>
        <location filename="../widgets/handoverreport.cpp" line="142"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="128"/>
        <source>%1 standing, %2 unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="129"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="130"/>
        <source>no crossing forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="140"/>
        <source>State %1; mode %2; health %3; data age %4; last refresh %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="143"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="147"/>
        <source>Standing alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="149"/>
        <location filename="../widgets/handoverreport.cpp" line="166"/>
        <location filename="../widgets/handoverreport.cpp" line="170"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="152"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="163"/>
        <source>%1 %2 %3 %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="165"/>
        <source>Actions and comments this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="168"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="172"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="173"/>
        <source>Remaining useful life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="175"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="175"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="175"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="184"/>
        <source>Health index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="189"/>
        <source>%n other indicator(s): no crossing forecast (no significant trend, beyond the horizon or too little data).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="191"/>
        <source>Trends of the alarming tags and the health index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="207"/>
        <source>%1 health index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="208"/>
        <source>%1 anomaly index (1 = limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="209"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="224"/>
        <source>%1: the report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::HealthPanel</name>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="41"/>
        <source>Anomaly limit (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="42"/>
        <source>Critical below 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="45"/>
        <source>Health index and anomaly index, 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="49"/>
        <source>Contributions &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="54"/>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="96"/>
        <source>&lt;b&gt;Health %1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="98"/>
        <source>&lt;b&gt;No health index yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="100"/>
        <source>- anomaly index %1 (limit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="102"/>
        <source>- top contributors now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="108"/>
        <source>%1 %2 [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="109"/>
        <source>No active statistical alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="110"/>
        <source>Statistical alarms:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="122"/>
        <source>Explaining %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="148"/>
        <source>Nothing to explain at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="153"/>
        <source>At %1: anomaly index %2 (limit 1). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="155"/>
        <source>Share of the anomaly, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="178"/>
        <source>Top contributing tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="28"/>
        <source>Import historian exports into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="32"/>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="34"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="36"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="37"/>
        <source>Sampled (one time column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Compressed (time and value pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="50"/>
        <source>File / column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="50"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="54"/>
        <source>The result of the import appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="61"/>
        <source>Add .xlsx or .csv exports of %1&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="69"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="72"/>
        <source>Ca&amp;ncel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="78"/>
        <source>Historian exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="79"/>
        <source>Exports (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="95"/>
        <source>Importing file %1 of %2: %3 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="133"/>
        <source>Reading the files&apos; headers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="170"/>
        <source>Cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="176"/>
        <source>%1 layout%2; %n tag(s) mapped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="177"/>
        <source>Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="177"/>
        <source>Sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="178"/>
        <source>, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="179"/>
        <source>Mapped to tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="181"/>
        <source>mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="183"/>
        <source>Unmatched columns (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="186"/>
        <source>no tag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="192"/>
        <source>%n file(s) ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="193"/>
        <source>%1 of %2 file(s) can be imported; the others are listed with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="203"/>
        <source>The unit is not running: start the fleet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="213"/>
        <source>Importing in %1&apos;s worker...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="223"/>
        <source>Cancelling after the current batch; what was committed stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="244"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="246"/>
        <source>Cancelled: the batches committed before stay stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="248"/>
        <source>%n row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="249"/>
        <source>%n value(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="250"/>
        <source>%n already stored (duplicates)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="251"/>
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="253"/>
        <source>%n row(s) with a repeated time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="255"/>
        <source>%n row(s) out of time order</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="260"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="261"/>
        <source>Digital states and error texts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="264"/>
        <source>%n warning(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="268"/>
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="273"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="273"/>
        <source>Import finished with problems; see the summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="45"/>
        <source>TurboPredict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <source>Plant / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="50"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="51"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="51"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="51"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="51"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="51"/>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="60"/>
        <location filename="../widgets/mainwindow.cpp" line="61"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="76"/>
        <source>Fleet overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="101"/>
        <source>Alarms (fleet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="111"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="111"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="113"/>
        <source>Configuration problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="119"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="120"/>
        <source>Shift &amp;handover report (fleet)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <location filename="../widgets/mainwindow.cpp" line="129"/>
        <source>Shift handover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <source>handover.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <location filename="../widgets/mainwindow.cpp" line="129"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="125"/>
        <source>Shift handover report of the current &amp;unit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="129"/>
        <source>-handover.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="134"/>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="162"/>
        <source>Reading the fleet configuration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192"/>
        <source>built-in demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>The configuration in %1 has %n error(s); see the list below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="228"/>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="245"/>
        <source>%1: %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="247"/>
        <source>in %n plant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="269"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="287"/>
        <source>%n standing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="288"/>
        <source>%n unacknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="294"/>
        <source>%1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="297"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="299"/>
        <source>%n stale tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="313"/>
        <source>Saved. The new folders and language take effect when TurboPredict is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="354"/>
        <source>Handover report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="399"/>
        <source>Alarms (fleet): %n unacknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="400"/>
        <source>Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::Preferences</name>
    <message>
        <location filename="../widgets/preferences.cpp" line="40"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::Presentation</name>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="30"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="32"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="34"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="35"/>
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="41"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="42"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="55"/>
        <source>P50 %1 (P10 %2 - P90 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="57"/>
        <source>beyond horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="106"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="107"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="108"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="109"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="117"/>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="118"/>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="119"/>
        <source>Differential pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="120"/>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="121"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="122"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="123"/>
        <source>Vibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="124"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="125"/>
        <source>Analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="126"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="127"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="128"/>
        <source>Voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="129"/>
        <source>Calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="130"/>
        <source>Controller output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="131"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="140"/>
        <source>sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="142"/>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="144"/>
        <source>flat line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="146"/>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="148"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="155"/>
        <source>P1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="156"/>
        <source>P2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="157"/>
        <source>P3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="158"/>
        <source>P4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::RulPanel</name>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="187"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="270"/>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="220"/>
        <location filename="../widgets/rulpanel.cpp" line="268"/>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="271"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="45"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="45"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="102"/>
        <location filename="../widgets/rulpanel.cpp" line="238"/>
        <source>Health index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="103"/>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="104"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="109"/>
        <location filename="../widgets/rulpanel.cpp" line="110"/>
        <location filename="../widgets/rulpanel.cpp" line="234"/>
        <source>beyond horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="175"/>
        <source>Health index: history and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="176"/>
        <source>%1: history and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="213"/>
        <source>P10-P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="229"/>
        <source>Forecast crossing of %1 %2: P50 %3 (%4), P10 %5, P90 %6; %7 trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="238"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="242"/>
        <source>Limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="259"/>
        <source>Earlier forecasts (remaining days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="263"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rulpanel.cpp" line="303"/>
        <source>Earlier forecasts (remaining days); %n without a crossing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="29"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="48"/>
        <source>Default: the per-user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="49"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="49"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Empty: the built-in demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>&amp;Configuration folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>Configuration folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="61"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="62"/>
        <source>A new language takes effect when TurboPredict is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="67"/>
        <source>Light grey (ISA-101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="68"/>
        <source>Dark control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="73"/>
        <location filename="../widgets/settingsdialog.cpp" line="78"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="75"/>
        <source>Default trend &amp;span:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="80"/>
        <source>Handover report &amp;covers the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="84"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="84"/>
        <source>Problem in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="101"/>
        <source>Valid: %n unit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="102"/>
        <source>Not usable: %n error(s), listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>Checking the configuration...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::TagTableModel</name>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="84"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="85"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="94"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="143"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="144"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="145"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="146"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="147"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="148"/>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="149"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::TrendChart</name>
    <message>
        <location filename="../widgets/trendchart.cpp" line="257"/>
        <source>Check tags in the list to trend them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="266"/>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="298"/>
        <source>%1 (no data in range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="313"/>
        <source>%1 normal band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="334"/>
        <source>LOLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="334"/>
        <source>LO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="334"/>
        <source>HI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="334"/>
        <source>HIHI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="342"/>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="380"/>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="393"/>
        <source>Bad quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="404"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="418"/>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="435"/>
        <source>hatched: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="437"/>
        <source>red marks: bad quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="439"/>
        <source>squares: annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="467"/>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="470"/>
        <source>%1: bad quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="482"/>
        <source>%1: %2 (good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="581"/>
        <source>Explain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="582"/>
        <source>Add annotation at %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="584"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="585"/>
        <source>Export visible range to CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="586"/>
        <source>Save chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitCard</name>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="35"/>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="36"/>
        <source>Open the tab of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="51"/>
        <source>Health index, 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="53"/>
        <location filename="../widgets/fleetoverview.cpp" line="77"/>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="57"/>
        <location filename="../widgets/fleetoverview.cpp" line="84"/>
        <source>No standing alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="60"/>
        <source>RUL: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="77"/>
        <source>Health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="79"/>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="81"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="91"/>
        <source>%1 %2 (%3 standing, %4 unacknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="103"/>
        <source>RUL of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="106"/>
        <source>RUL: no forecast yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="106"/>
        <source>RUL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="107"/>
        <source>Data age %1, refreshed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="108"/>
        <source>(no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="109"/>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="110"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="114"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="116"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="123"/>
        <source>Health %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::UnitTab</name>
    <message>
        <location filename="../widgets/unittab.cpp" line="50"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="68"/>
        <source>&amp;Import exports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="81"/>
        <source>Search tags (name or description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="86"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="89"/>
        <source>In alarm only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="110"/>
        <source>Check tags to trend them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="127"/>
        <source>8 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="127"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="127"/>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="128"/>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="128"/>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="128"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="141"/>
        <source>Custom...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="143"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="145"/>
        <source>Follow the newest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="148"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="151"/>
        <source>Wheel: zoom, drag: zoom to range, Ctrl+drag: pan, right-click: annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="157"/>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="173"/>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="182"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="183"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="196"/>
        <source>Export trend to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="197"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="202"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="203"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="210"/>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="212"/>
        <source>&amp;Remaining life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="218"/>
        <source>&amp;Acknowledge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="220"/>
        <source>&amp;Shelve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="240"/>
        <source>A&amp;larms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="270"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="272"/>
        <source>Health %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="273"/>
        <source>No health index yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/unittab.cpp" line="274"/>
        <source>%n standing alarm(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="275"/>
        <source>data age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="275"/>
        <source>(no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="277"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="285"/>
        <source>A&amp;larms (%1 unack.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="286"/>
        <source>A&amp;larms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="312"/>
        <source>Shelve alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="312"/>
        <source>Acknowledge alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="313"/>
        <source>Reason for shelving (8 hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="313"/>
        <source>Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="347"/>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="348"/>
        <source>Note at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="412"/>
        <location filename="../widgets/unittab.cpp" line="426"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
