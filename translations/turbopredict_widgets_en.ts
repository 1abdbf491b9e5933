<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tp::AlarmTableModel</name>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="90"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="98"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="106"/>
        <source>Shelved by %1 until %2</source>
        <translation>Shelved by %1 until %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="108"/>
        <source>Raised at %1</source>
        <translation>Raised at %1</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="110"/>
        <source>%1
Comment: %2</source>
        <translation>%1
Comment: %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="138"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="139"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="140"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="141"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="142"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="143"/>
        <source>Value at raise</source>
        <translation>Value at raise</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="145"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Value</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="144"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">By</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="146"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>tp::DiscoveredTagModel</name>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="121"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="122"/>
        <source>Eng. unit</source>
        <translation>Eng. unit</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="123"/>
        <source>Point type</source>
        <translation>Point type</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="124"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
</context>
<context>
    <name>tp::FleetOverview</name>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="170"/>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="173"/>
        <source>By plant</source>
        <translation>By plant</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="174"/>
        <source>Worst health first</source>
        <translation>Worst health first</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="175"/>
        <source>Shortest remaining life first</source>
        <translation>Shortest remaining life first</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="281"/>
        <source>All units, worst health first</source>
        <translation>All units, worst health first</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="282"/>
        <source>All units, shortest remaining life first</source>
        <translation>All units, shortest remaining life first</translation>
    </message>
</context>
<context>
    <name>tp::HandoverReport</name>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="110"/>
        <location filename="../widgets/handoverreport.cpp" line="220"/>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="111"/>
        <source>Shift from %1 to %2; %n unit(s)</source>
        <translation>
            <numerusform>Shift from %1 to %2; %n unit</numerusform>
            <numerusform>Shift from %1 to %2; %n units</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Most urgent forecast</source>
        <translation>Most urgent forecast</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="123"/>
        <location filename="../widgets/handoverreport.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="123"/>
        <location filename="../widgets/handoverreport.cpp" line="140"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 standing, %2 unacknowledged</source>
        <translation type="vanished">%1 standing, %2 unacknowledged</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="125"/>
        <source>%n standing</source>
        <translation>
            <numerusform>%n standing</numerusform>
            <numerusform>%n standing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="126"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="128"/>
        <source>no crossing forecast</source>
        <translation>no crossing forecast</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="138"/>
        <source>State %1; mode %2; health %3; data age %4; last refresh %5</source>
        <translation>State %1; mode %2; health %3; data age %4; last refresh %5</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="141"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="145"/>
        <source>Standing alarms</source>
        <translation>Standing alarms</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="147"/>
        <location filename="../widgets/handoverreport.cpp" line="169"/>
        <location filename="../widgets/handoverreport.cpp" line="173"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Value at raise</source>
        <translation>Value at raise</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="vanished">Acknowledged by</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="151"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="151"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="157"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="164"/>
        <source>%1 %2 %3 %4%5</source>
        <translation>%1 %2 %3 %4%5</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="168"/>
        <source>Actions and comments this shift</source>
        <translation>Actions and comments this shift</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="171"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="175"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="176"/>
        <source>Remaining useful life</source>
        <translation>Remaining useful life</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Health index</source>
        <translation type="vanished">Health index</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="191"/>
        <source>%n other indicator(s): no crossing forecast (no significant trend, beyond the horizon or too little data).</source>
        <translation>
            <numerusform>%n other indicator: no crossing forecast (no significant trend, beyond the horizon or too little data).</numerusform>
            <numerusform>%n other indicators: no crossing forecast (no significant trend, beyond the horizon or too little data).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="193"/>
        <source>Trends of the alarming tags and the health index</source>
        <translation>Trends of the alarming tags and the health index</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="209"/>
        <source>%1 health index</source>
        <translation>%1 health index</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="210"/>
        <source>%1 anomaly index (1 = limit)</source>
        <translation>%1 anomaly index (1 = limit)</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="211"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="226"/>
        <source>%1: the report could not be written</source>
        <translation>%1: the report could not be written</translation>
    </message>
</context>
<context>
    <name>tp::HealthPanel</name>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="37"/>
        <source>Anomaly limit (1)</source>
        <translation>Anomaly limit (1)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="38"/>
        <source>Critical below 40</source>
        <translation>Critical below 40</translation>
    </message>
    <message>
        <source>Health index and anomaly index, 30 days</source>
        <translation type="vanished">Health index and anomaly index, 30 days</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="54"/>
        <source>Contributions &amp;at:</source>
        <translation>Contributions &amp;at:</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="59"/>
        <source>&amp;Explain</source>
        <translation>&amp;Explain</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="107"/>
        <source>T^2 limit %1</source>
        <translation>T^2 limit %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="110"/>
        <source>SPE limit %1</source>
        <translation>SPE limit %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="113"/>
        <source>&lt;b&gt;Health %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Health %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="115"/>
        <source>&lt;b&gt;No health index yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;No health index yet&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="117"/>
        <source>- anomaly index %1 (limit 1)</source>
        <translation>- anomaly index %1 (limit 1)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="119"/>
        <source>- top contributors now: %1</source>
        <translation>- top contributors now: %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="125"/>
        <source>%1 %2 [%3]</source>
        <translation>%1 %2 [%3]</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="126"/>
        <source>No active statistical alarm</source>
        <translation>No active statistical alarm</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="127"/>
        <source>Statistical alarms:
%1</source>
        <translation>Statistical alarms:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="141"/>
        <source>Explaining %1...</source>
        <translation>Explaining %1...</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="169"/>
        <source>Nothing to explain at this time</source>
        <translation>Nothing to explain at this time</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="174"/>
        <source>At %1: anomaly index %2 (limit 1); T^2 %3 (limit %4), SPE %5 (limit %6). %7</source>
        <translation>At %1: anomaly index %2 (limit 1); T^2 %3 (limit %4), SPE %5 (limit %6). %7</translation>
    </message>
    <message>
        <source>At %1: anomaly index %2 (limit 1). %3</source>
        <translation type="vanished">At %1: anomaly index %2 (limit 1). %3</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="178"/>
        <source>Share of the anomaly, %</source>
        <translation>Share of the anomaly, %</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="201"/>
        <source>Top contributing tags</source>
        <translation>Top contributing tags</translation>
    </message>
</context>
<context>
    <name>tp::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="29"/>
        <source>Import historian exports into %1</source>
        <translation>Import historian exports into %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="33"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Add files...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="35"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="37"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Sampled (one time column)</source>
        <translation>Sampled (one time column)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Compressed (time and value pairs)</source>
        <translation>Compressed (time and value pairs)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="51"/>
        <source>File / column</source>
        <translation>File / column</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="51"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="55"/>
        <source>The result of the import appears here.</source>
        <translation>The result of the import appears here.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="62"/>
        <source>Add .xlsx or .csv exports of %1&apos;s tags.</source>
        <translation>Add .xlsx or .csv exports of %1&apos;s tags.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="73"/>
        <source>Ca&amp;ncel import</source>
        <translation>Ca&amp;ncel import</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="79"/>
        <source>Historian exports</source>
        <translation>Historian exports</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>Exports (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Exports (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3 rows read</source>
        <translation type="vanished">Importing file %1 of %2: %3 rows read</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="96"/>
        <source>Importing file %1 of %2: %n row(s) read</source>
        <translation>
            <numerusform>Importing file %1 of %2: %n row read</numerusform>
            <numerusform>Importing file %1 of %2: %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="117"/>
        <source>An import is running. Cancel it? What was already committed stays stored.</source>
        <translation>An import is running. Cancel it? What was already committed stays stored.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="145"/>
        <source>Reading the files&apos; headers...</source>
        <translation>Reading the files&apos; headers...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="182"/>
        <source>Cannot be imported: %1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="188"/>
        <source>%1 layout%2; %n tag(s) mapped</source>
        <translation>
            <numerusform>%1 layout%2; %n tag mapped</numerusform>
            <numerusform>%1 layout%2; %n tags mapped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="189"/>
        <source>Compressed</source>
        <translation>Compressed</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="189"/>
        <source>Sampled</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="190"/>
        <source>, sheet %1</source>
        <translation>, sheet %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="191"/>
        <source>Mapped to tags</source>
        <translation>Mapped to tags</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="193"/>
        <source>mapped</source>
        <translation>mapped</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="195"/>
        <source>Unmatched columns (not imported)</source>
        <translation>Unmatched columns (not imported)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="198"/>
        <source>no tag of %1</source>
        <translation>no tag of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="204"/>
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n file ready to import.</numerusform>
            <numerusform>%n files ready to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="205"/>
        <source>%1 of %2 file(s) can be imported; the others are listed with the reason.</source>
        <translation>%1 of %2 file(s) can be imported; the others are listed with the reason.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="215"/>
        <source>The unit is not running: start the fleet to import.</source>
        <translation>The unit is not running: start the fleet to import.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="225"/>
        <source>Importing in %1&apos;s worker...</source>
        <translation>Importing in %1&apos;s worker...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="235"/>
        <source>Cancelling after the current batch; what was committed stays.</source>
        <translation>Cancelling after the current batch; what was committed stays.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="256"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="258"/>
        <source>Cancelled: the batches committed before stay stored.</source>
        <translation>Cancelled: the batches committed before stay stored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="260"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="261"/>
        <source>%n value(s) stored</source>
        <translation>
            <numerusform>%n value stored</numerusform>
            <numerusform>%n values stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="262"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="263"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="264"/>
        <source>%n already stored (duplicates)</source>
        <translation>
            <numerusform>%n already stored (duplicates)</numerusform>
            <numerusform>%n already stored (duplicates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="265"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="267"/>
        <source>%n row(s) with a repeated time</source>
        <translation>
            <numerusform>%n row with a repeated time</numerusform>
            <numerusform>%n rows with a repeated time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="269"/>
        <source>%n row(s) out of time order</source>
        <translation>
            <numerusform>%n row out of time order</numerusform>
            <numerusform>%n rows out of time order</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="272"/>
        <source>Import %1: File › Import history can undo it.</source>
        <translation>Import %1: File › Import history can undo it.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="285"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="286"/>
        <source>Digital states and error texts: %1</source>
        <translation>Digital states and error texts: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="289"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="293"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="298"/>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="298"/>
        <source>Import finished with problems; see the summary.</source>
        <translation>Import finished with problems; see the summary.</translation>
    </message>
</context>
<context>
    <name>tp::ImportHistoryDialog</name>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="24"/>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="26"/>
        <source>running or interrupted</source>
        <translation>running or interrupted</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="28"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="30"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="32"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="46"/>
        <source>Import history of %1</source>
        <translation>Import history of %1</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>Imported (%1)</source>
        <translation>Imported (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Already stored</source>
        <translation>Already stored</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="55"/>
        <source>&amp;Undo import...</source>
        <translation>&amp;Undo import...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="56"/>
        <source>Restores the values the import replaced and removes the ones it added</source>
        <translation>Restores the values the import replaced and removes the ones it added</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="85"/>
        <source>Undoing import %1...</source>
        <translation>Undoing import %1...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="85"/>
        <source>Reading the imports...</source>
        <translation>Reading the imports...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="96"/>
        <source>Import %1 of %2 undone: %3 value(s) restored, %4 removed.</source>
        <translation>Import %1 of %2 undone: %3 value(s) restored, %4 removed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importhistorydialog.cpp" line="128"/>
        <source>%n import(s). An import can be undone when no later import changed the same values; undo the newest first.</source>
        <translation>
            <numerusform>%n import. An import can be undone when no later import changed the same values; undo the newest first.</numerusform>
            <numerusform>%n imports. An import can be undone when no later import changed the same values; undo the newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="137"/>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="137"/>
        <source>Undo failed</source>
        <translation>Undo failed</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="156"/>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="157"/>
        <source>Undo import %1 (%2) of %3? The values it replaced are restored and the values it added are removed.</source>
        <translation>Undo import %1 (%2) of %3? The values it replaced are restored and the values it added are removed.</translation>
    </message>
</context>
<context>
    <name>tp::JournalModel</name>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="39"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="49"/>
        <source>%1
At raise: %2</source>
        <translation>%1
At raise: %2</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="66"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="67"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="68"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="69"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="70"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="71"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="72"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="73"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>tp::JournalView</name>
    <message>
        <location filename="../widgets/journalview.cpp" line="33"/>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="38"/>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="44"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="45"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="46"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="47"/>
        <source>From - to</source>
        <translation>From - to</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="60"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="101"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="162"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="163"/>
        <location filename="../widgets/journalview.cpp" line="165"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/journalview.cpp" line="166"/>
        <source>%n alarm(s) raised. Per 10 minutes: max %1, average %2. Per day per operator position: %3 (%4 position(s)). Floods (10 minutes with more than 10 alarms): %5. Time to acknowledge: median %6, max %7.</source>
        <translation>
            <numerusform>%n alarm raised. Per 10 minutes: max %1, average %2. Per day per operator position: %3 (%4 position(s)). Floods (10 minutes with more than 10 alarms): %5. Time to acknowledge: median %6, max %7.</numerusform>
            <numerusform>%n alarms raised. Per 10 minutes: max %1, average %2. Per day per operator position: %3 (%4 position(s)). Floods (10 minutes with more than 10 alarms): %5. Time to acknowledge: median %6, max %7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="174"/>
        <source>Most frequent: %1</source>
        <translation>Most frequent: %1</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="175"/>
        <source>Chattering (3 or more raises within 60 s): %1</source>
        <translation>Chattering (3 or more raises within 60 s): %1</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="176"/>
        <source>Stale (standing longer than 24 h): %1</source>
        <translation>Stale (standing longer than 24 h): %1</translation>
    </message>
</context>
<context>
    <name>tp::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="59"/>
        <source>TurboPredict</source>
        <translation>TurboPredict</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Plant / unit</source>
        <translation>Plant / unit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Data age</source>
        <translation>Data age</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <location filename="../widgets/mainwindow.cpp" line="75"/>
        <source>Fleet</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="90"/>
        <source>Fleet overview</source>
        <translation>Fleet overview</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="115"/>
        <source>Alarms (fleet)</source>
        <translation>Alarms (fleet)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122"/>
        <source>Filter alarms: unit, priority, state, tag or text</source>
        <translation>Filter alarms: unit, priority, state, tag or text</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="137"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="137"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="139"/>
        <source>Configuration problems</source>
        <translation>Configuration problems</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="146"/>
        <source>&amp;New unit...</source>
        <translation>&amp;New unit...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>Shift &amp;handover report (fleet)...</source>
        <translation>Shift &amp;handover report (fleet)...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <location filename="../widgets/mainwindow.cpp" line="157"/>
        <location filename="../widgets/mainwindow.cpp" line="660"/>
        <source>Shift handover report</source>
        <translation>Shift handover report</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <source>handover.pdf</source>
        <translation>handover.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <location filename="../widgets/mainwindow.cpp" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="153"/>
        <source>Shift handover report of the current &amp;unit...</source>
        <translation>Shift handover report of the current &amp;unit...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="157"/>
        <source>-handover.pdf</source>
        <translation>-handover.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&amp;Import history of the current unit...</source>
        <translation>&amp;Import history of the current unit...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="165"/>
        <source>Open a unit&apos;s tab to see its imports.</source>
        <translation>Open a unit&apos;s tab to see its imports.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="173"/>
        <source>Add &amp;remote site...</source>
        <translation>Add &amp;remote site...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="174"/>
        <source>Remo&amp;ve remote site</source>
        <translation>Remo&amp;ve remote site</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="179"/>
        <source>(no remote sites)</source>
        <translation>(no remote sites)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>Alarm &amp;journal (fleet)</source>
        <translation>Alarm &amp;journal (fleet)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="199"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="203"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="212"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="212"/>
        <source>The user guide (README.md) is not installed with this copy of TurboPredict.</source>
        <translation>The user guide (README.md) is not installed with this copy of TurboPredict.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="214"/>
        <source>&amp;About TurboPredict</source>
        <translation>&amp;About TurboPredict</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="215"/>
        <source>About TurboPredict</source>
        <translation>About TurboPredict</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="216"/>
        <source>&lt;b&gt;TurboPredict %1&lt;/b&gt;&lt;p&gt;Condition monitoring of rotating machines: trends, health, alarms and remaining life of a fleet of compressors and turbines.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;TurboPredict %1&lt;/b&gt;&lt;p&gt;Condition monitoring of rotating machines: trends, health, alarms and remaining life of a fleet of compressors and turbines.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="247"/>
        <source>Reading the fleet configuration...</source>
        <translation>Reading the fleet configuration...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="291"/>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>built-in demo fleet</source>
        <translation>built-in demo fleet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="293"/>
        <source>The configuration in %1 has %n error(s); see the list below.</source>
        <translation>
            <numerusform>The configuration in %1 has %n error; see the list below.</numerusform>
            <numerusform>The configuration in %1 has %n errors; see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="371"/>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="373"/>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="376"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="331"/>
        <source>%1: %n unit(s)</source>
        <translation>
            <numerusform>%1: %n unit</numerusform>
            <numerusform>%1: %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>in %n plant(s)</source>
        <translation>
            <numerusform>in %n plant</numerusform>
            <numerusform>in %n plants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="393"/>
        <source>%1; %n remote unit(s)</source>
        <translation>
            <numerusform>%1; %n remote unit</numerusform>
            <numerusform>%1; %n remote units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="394"/>
        <source>from %n site(s)</source>
        <translation>
            <numerusform>from %n site</numerusform>
            <numerusform>from %n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="421"/>
        <source>Remote site %1: %n unit(s) added</source>
        <translation>
            <numerusform>Remote site %1: %n unit added</numerusform>
            <numerusform>Remote site %1: %n units added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="455"/>
        <source>The fleet already has a unit %1; %2 is read at the next start.</source>
        <translation>The fleet already has a unit %1; %2 is read at the next start.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="469"/>
        <source>Unit %1 added from %2 (%n tag(s)).</source>
        <translation>
            <numerusform>Unit %1 added from %2 (%n tag).</numerusform>
            <numerusform>Unit %1 added from %2 (%n tags).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="489"/>
        <source>The fleet configuration is now read from %1.</source>
        <translation>The fleet configuration is now read from %1.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="532"/>
        <source>The remote sites were not saved: %1</source>
        <translation>The remote sites were not saved: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="560"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="575"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="580"/>
        <source>%n standing</source>
        <translation>
            <numerusform>%n standing</numerusform>
            <numerusform>%n standing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="581"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="587"/>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="590"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="591"/>
        <source>STALE %1</source>
        <translation>STALE %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="598"/>
        <source>%n stale tag(s)</source>
        <translation>
            <numerusform>%n stale tag</numerusform>
            <numerusform>%n stale tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="614"/>
        <source>Saved. The new folders and language take effect when TurboPredict is started again.</source>
        <translation>Saved. The new folders and language take effect when TurboPredict is started again.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="658"/>
        <source>Handover report written to %1</source>
        <translation>Handover report written to %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="660"/>
        <source>The report was not written: %1</source>
        <translation>The report was not written: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="673"/>
        <source>Alarm journal (fleet)</source>
        <translation>Alarm journal (fleet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="723"/>
        <source>Alarms (fleet): %n unacknowledged</source>
        <translation>
            <numerusform>Alarms (fleet): %n unacknowledged</numerusform>
            <numerusform>Alarms (fleet): %n unacknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="724"/>
        <source>Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm(s)</source>
        <translation>
            <numerusform>Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm</numerusform>
            <numerusform>Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::NewUnitDialog</name>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="83"/>
        <location filename="../widgets/newunitdialog.cpp" line="130"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="99"/>
        <source>The demo fleet was not copied: %1</source>
        <translation>The demo fleet was not copied: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="106"/>
        <source>%1 cannot be created</source>
        <translation>%1 cannot be created</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="112"/>
        <source>%1 exists and is not overwritten: choose another unit id, or remove the file first.</source>
        <translation>%1 exists and is not overwritten: choose another unit id, or remove the file first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="153"/>
        <source>Not created: check-config finds %n error(s) in the unit file (listed above); it was removed again.</source>
        <translation>
            <numerusform>Not created: check-config finds %n error in the unit file (listed above); it was removed again.</numerusform>
            <numerusform>Not created: check-config finds %n errors in the unit file (listed above); it was removed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="157"/>
        <source>Not created: the configuration in %1 has %n error(s) in other files (listed above); fix them first.</source>
        <translation>
            <numerusform>Not created: the configuration in %1 has %n error in other files (listed above); fix them first.</numerusform>
            <numerusform>Not created: the configuration in %1 has %n errors in other files (listed above); fix them first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="176"/>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="193"/>
        <location filename="../widgets/newunitdialog.cpp" line="849"/>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="195"/>
        <source>A unit from the points of a PI server or the columns of a historian export: choose its tags, and TurboPredict writes the unit file, checks it and starts the unit.</source>
        <translation>A unit from the points of a PI server or the columns of a historian export: choose its tags, and TurboPredict writes the unit file, checks it and starts the unit.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="211"/>
        <source>e.g. K-12-01</source>
        <translation>e.g. K-12-01</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="212"/>
        <source>The unit&apos;s name in TurboPredict and its file name: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>The unit&apos;s name in TurboPredict and its file name: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="213"/>
        <source>Unit &amp;id:</source>
        <translation>Unit &amp;id:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="217"/>
        <source>e.g. PCFS</source>
        <translation>e.g. PCFS</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="218"/>
        <source>&amp;Plant:</source>
        <translation>&amp;Plant:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="230"/>
        <source>The plant&apos;s IANA time zone: an export&apos;s local times are read in it, and trends and reports show it. Empty: the fleet&apos;s default zone.</source>
        <translation>The plant&apos;s IANA time zone: an export&apos;s local times are read in it, and trends and reports show it. Empty: the fleet&apos;s default zone.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="232"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="237"/>
        <source>From PI</source>
        <translation>From PI</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="238"/>
        <source>From an export file</source>
        <translation>From an export file</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="243"/>
        <source>What check-config says of the unit file</source>
        <translation>What check-config says of the unit file</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="255"/>
        <source>&amp;Create unit</source>
        <translation>&amp;Create unit</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="285"/>
        <source>https://pi-web.plant.local/piwebapi</source>
        <translation>https://pi-web.plant.local/piwebapi</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="286"/>
        <source>PI Web API &amp;URL:</source>
        <translation>PI Web API &amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="289"/>
        <source>optional when the server has only one</source>
        <translation>optional when the server has only one</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="290"/>
        <source>&amp;Data server:</source>
        <translation>&amp;Data server:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="293"/>
        <source>Windows sign-on (Kerberos)</source>
        <translation>Windows sign-on (Kerberos)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="294"/>
        <source>Basic (user and password)</source>
        <translation>Basic (user and password)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="295"/>
        <source>Bearer (OpenID Connect client)</source>
        <translation>Bearer (OpenID Connect client)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="297"/>
        <source>&amp;Sign-on:</source>
        <translation>&amp;Sign-on:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="300"/>
        <source>optional: the company CA (PEM)</source>
        <translation>optional: the company CA (PEM)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="301"/>
        <source>CA certi&amp;ficates:</source>
        <translation>CA certi&amp;ficates:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="302"/>
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="302"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="319"/>
        <source>The unit signs on as the Windows user running TurboPredict (or turbopredictd&apos;s service account): no password is stored.</source>
        <translation>The unit signs on as the Windows user running TurboPredict (or turbopredictd&apos;s service account): no password is stored.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="321"/>
        <source>A PI user and its password, or a file holding the password.</source>
        <translation>A PI user and its password, or a file holding the password.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="324"/>
        <source>Us&amp;er:</source>
        <translation>Us&amp;er:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="328"/>
        <source>Saved in units/&lt;ID&gt;.pi-password beside the unit file, readable by you only; never in the unit file</source>
        <translation>Saved in units/&lt;ID&gt;.pi-password beside the unit file, readable by you only; never in the unit file</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="329"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="332"/>
        <source>or a file that holds it</source>
        <translation>or a file that holds it</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <source>Password fi&amp;le:</source>
        <translation>Password fi&amp;le:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <source>Password file</source>
        <translation>Password file</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <location filename="../widgets/newunitdialog.cpp" line="346"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="334"/>
        <source>A client of the company&apos;s identity provider (client credentials).</source>
        <translation>A client of the company&apos;s identity provider (client credentials).</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="337"/>
        <source>https://login.example.com/connect/token</source>
        <translation>https://login.example.com/connect/token</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="338"/>
        <source>To&amp;ken URL:</source>
        <translation>To&amp;ken URL:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="341"/>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient id:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="344"/>
        <source>file that holds the client secret</source>
        <translation>file that holds the client secret</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="345"/>
        <source>Client s&amp;ecret file:</source>
        <translation>Client s&amp;ecret file:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="346"/>
        <source>Client secret file</source>
        <translation>Client secret file</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="347"/>
        <source>No sign-on: only for a PI Web API that allows anonymous reading.</source>
        <translation>No sign-on: only for a PI Web API that allows anonymous reading.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="353"/>
        <source>&amp;Name filter:</source>
        <translation>&amp;Name filter:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="356"/>
        <source>PLANT.UNIT.*</source>
        <translation>PLANT.UNIT.*</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="357"/>
        <source>Which points to list: * stands for any text, e.g. PCFS.K-12-01.*</source>
        <translation>Which points to list: * stands for any text, e.g. PCFS.K-12-01.*</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="361"/>
        <location filename="../widgets/newunitdialog.cpp" line="594"/>
        <source>Find p&amp;oints</source>
        <translation>Find p&amp;oints</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="365"/>
        <source>Give the server and the name filter, then Find points.</source>
        <translation>Give the server and the name filter, then Find points.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="395"/>
        <source>Export &amp;file:</source>
        <translation>Export &amp;file:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="398"/>
        <source>a PI DataLink or historian export (.xlsx or .csv)</source>
        <translation>a PI DataLink or historian export (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="401"/>
        <source>Historian export</source>
        <translation>Historian export</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="401"/>
        <source>Exports (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Exports (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="403"/>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="406"/>
        <source>the first with data</source>
        <translation>the first with data</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="411"/>
        <source>&amp;Read tags</source>
        <translation>&amp;Read tags</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="415"/>
        <source>Choose an export of the unit&apos;s tags, then Read tags: the file is read as the unit will read it.</source>
        <translation>Choose an export of the unit&apos;s tags, then Read tags: the file is read as the unit will read it.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="472"/>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="474"/>
        <source>Check all, or none</source>
        <translation>Check all, or none</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="489"/>
        <source>%n point(s) listed, %1 chosen as the unit&apos;s tags</source>
        <translation>
            <numerusform>%n point listed, %1 chosen as the unit&apos;s tags</numerusform>
            <numerusform>%n points listed, %1 chosen as the unit&apos;s tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="491"/>
        <source>%n tag(s) in the file, %1 chosen as the unit&apos;s tags</source>
        <translation>
            <numerusform>%n tag in the file, %1 chosen as the unit&apos;s tags</numerusform>
            <numerusform>%n tags in the file, %1 chosen as the unit&apos;s tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="594"/>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="621"/>
        <source>Stopping after the page being read...</source>
        <translation>Stopping after the page being read...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="632"/>
        <source>Give the PI Web API&apos;s URL, e.g. https://pi-web.plant.local/piwebapi.</source>
        <translation>Give the PI Web API&apos;s URL, e.g. https://pi-web.plant.local/piwebapi.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="634"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="636"/>
        <source>Basic sign-on needs a user.</source>
        <translation>Basic sign-on needs a user.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="643"/>
        <source>Asking %1 for the points named %2...</source>
        <translation>Asking %1 for the points named %2...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="652"/>
        <source>Stopped: no points listed.</source>
        <translation>Stopped: no points listed.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="658"/>
        <source>No points: %1</source>
        <translation>No points: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="669"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="674"/>
        <source>A %1 point holds text, not a measurement: it cannot be a tag of the unit.</source>
        <translation>A %1 point holds text, not a measurement: it cannot be a tag of the unit.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="680"/>
        <source>No point on %1 matches %2.</source>
        <translation>No point on %1 matches %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="684"/>
        <source>%n point(s) on data server %1 match %2. Uncheck those the unit should not have.</source>
        <translation>
            <numerusform>%n point on data server %1 matches %2. Uncheck it if the unit should not have it.</numerusform>
            <numerusform>%n points on data server %1 match %2. Uncheck those the unit should not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="700"/>
        <source>%n point(s) read so far...</source>
        <translation>
            <numerusform>%n point read so far...</numerusform>
            <numerusform>%n points read so far...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="712"/>
        <source>Choose an .xlsx or .csv export first.</source>
        <translation>Choose an .xlsx or .csv export first.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="726"/>
        <source>Reading %1 as the unit will read it...</source>
        <translation>Reading %1 as the unit will read it...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="735"/>
        <source>No tags: %1</source>
        <translation>No tags: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="751"/>
        <source>%1, sheet %2</source>
        <translation>%1, sheet %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="752"/>
        <source>%n tag(s) in %1</source>
        <translation>
            <numerusform>%n tag in %1</numerusform>
            <numerusform>%n tags in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="753"/>
        <source>(%n value(s), read in the %1 zone).</source>
        <translation>
            <numerusform>(%n value, read in the %1 zone).</numerusform>
            <numerusform>(%n values, read in the %1 zone).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="754"/>
        <location filename="../widgets/newunitdialog.cpp" line="789"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="783"/>
        <source>Written by TurboPredict (File &gt; New unit) from %1 (data server %2) on %3.</source>
        <translation>Written by TurboPredict (File &gt; New unit) from %1 (data server %2) on %3.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="788"/>
        <source>The time zone changed since the tags were read: Read tags again, so that the file&apos;s local times are read in %1.</source>
        <translation>The time zone changed since the tags were read: Read tags again, so that the file&apos;s local times are read in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="799"/>
        <source>Written by TurboPredict (File &gt; New unit) from %1 (%2, %3 layout, %n value(s)).</source>
        <translation>
            <numerusform>Written by TurboPredict (File &gt; New unit) from %1 (%2, %3 layout, %n value).</numerusform>
            <numerusform>Written by TurboPredict (File &gt; New unit) from %1 (%2, %3 layout, %n values).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="801"/>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="819"/>
        <source>Give the unit an id, e.g. K-12-01.</source>
        <translation>Give the unit an id, e.g. K-12-01.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="823"/>
        <source>&quot;%1&quot; cannot be a unit id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; cannot be a unit id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="827"/>
        <source>The fleet already has a unit %1: choose another id.</source>
        <translation>The fleet already has a unit %1: choose another id.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="831"/>
        <source>Give the unit&apos;s plant, e.g. PCFS.</source>
        <translation>Give the unit&apos;s plant, e.g. PCFS.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="835"/>
        <source>Wait until the points are listed.</source>
        <translation>Wait until the points are listed.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="835"/>
        <source>Wait until the file is read.</source>
        <translation>Wait until the file is read.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="838"/>
        <source>Find the unit&apos;s points first.</source>
        <translation>Find the unit&apos;s points first.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="838"/>
        <source>Read the export&apos;s tags first.</source>
        <translation>Read the export&apos;s tags first.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="840"/>
        <source>Check at least one tag.</source>
        <translation>Check at least one tag.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="850"/>
        <source>TurboPredict shows its built-in demo fleet, which cannot be changed. Write an editable copy of it, with the new unit, to this folder?

%1</source>
        <translation>TurboPredict shows its built-in demo fleet, which cannot be changed. Write an editable copy of it, with the new unit, to this folder?

%1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="855"/>
        <source>TurboPredict then reads its fleet from that folder, also at the next start (see Settings).</source>
        <translation>TurboPredict then reads its fleet from that folder, also at the next start (see Settings).</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="856"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Write the copy</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="858"/>
        <source>C&amp;hoose a folder...</source>
        <translation>C&amp;hoose a folder...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="867"/>
        <source>An empty folder for the fleet configuration</source>
        <translation>An empty folder for the fleet configuration</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="875"/>
        <source>Not created: the demo fleet stays as it is.</source>
        <translation>Not created: the demo fleet stays as it is.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="893"/>
        <source>Copying the demo fleet to %1, writing units/%2.yml and checking it...</source>
        <translation>Copying the demo fleet to %1, writing units/%2.yml and checking it...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="894"/>
        <source>Writing units/%1.yml and checking it...</source>
        <translation>Writing units/%1.yml and checking it...</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="917"/>
        <source>%1 created with %n tag(s).</source>
        <translation>
            <numerusform>%1 created with %n tag.</numerusform>
            <numerusform>%1 created with %n tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::NotificationsDock</name>
    <message>
        <location filename="../widgets/notificationsdock.cpp" line="40"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/notificationsdock.cpp" line="66"/>
        <source>Notifications (%1 new)</source>
        <translation>Notifications (%1 new)</translation>
    </message>
    <message>
        <location filename="../widgets/notificationsdock.cpp" line="66"/>
        <location filename="../widgets/notificationsdock.cpp" line="67"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notificationsdock.cpp" line="67"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::OperatorName</name>
    <message>
        <location filename="../widgets/operatorname.cpp" line="20"/>
        <source>unknown account</source>
        <translation>unknown account</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="33"/>
        <source>Who is this?</source>
        <translation>Who is this?</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="34"/>
        <source>Your name or initials, for the alarm journal and the audit log (the account %1 is recorded too):</source>
        <translation>Your name or initials, for the alarm journal and the audit log (the account %1 is recorded too):</translation>
    </message>
</context>
<context>
    <name>tp::Preferences</name>
    <message>
        <location filename="../widgets/preferences.cpp" line="46"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>tp::Presentation</name>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="31"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="33"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="35"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="36"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="42"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="43"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="87"/>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="87"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="93"/>
        <source>STALE: no data yet</source>
        <translation>STALE: no data yet</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="95"/>
        <source>STALE: newest data %1 old, from %2</source>
        <translation>STALE: newest data %1 old, from %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="96"/>
        <source>Data age %1</source>
        <translation>Data age %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="111"/>
        <source>P50 %1 (P10 %2 - P90 %3)</source>
        <translation>P50 %1 (P10 %2 - P90 %3)</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="113"/>
        <source>beyond horizon</source>
        <translation>beyond horizon</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="120"/>
        <source>Health index</source>
        <translation>Health index</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="123"/>
        <source>Learned: %1 (%2)</source>
        <translation>Learned: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="123"/>
        <source>Learned: %1</source>
        <translation>Learned: %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="125"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="131"/>
        <source>end of life</source>
        <translation>end of life</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="132"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="180"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="181"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="182"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="183"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="191"/>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="192"/>
        <source>Pressure</source>
        <translation>Pressure</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="193"/>
        <source>Differential pressure</source>
        <translation>Differential pressure</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="194"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="195"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="196"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="197"/>
        <source>Vibration</source>
        <translation>Vibration</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="198"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="199"/>
        <source>Analyser</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="200"/>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="201"/>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="202"/>
        <source>Voltage</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="203"/>
        <source>Calculated</source>
        <translation>Calculated</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="204"/>
        <source>Controller output</source>
        <translation>Controller output</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="205"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="214"/>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="216"/>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="218"/>
        <source>flat line</source>
        <translation>flat line</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="220"/>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="222"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="229"/>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="231"/>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="233"/>
        <source>unshelved</source>
        <translation>unshelved</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="235"/>
        <source>shelving expired</source>
        <translation>shelving expired</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="237"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="244"/>
        <source>P1</source>
        <translation>P1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="245"/>
        <source>P2</source>
        <translation>P2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="246"/>
        <source>P3</source>
        <translation>P3</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="247"/>
        <source>P4</source>
        <translation>P4</translation>
    </message>
</context>
<context>
    <name>tp::RemoteSiteDialog</name>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="15"/>
        <source>Add remote site</source>
        <translation>Add remote site</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="17"/>
        <source>The units of a site&apos;s TurboPredict server (turbopredictd serve) appear in the fleet under the site&apos;s name. Their data is copied here, so it stays readable while the site cannot be reached.</source>
        <translation>The units of a site&apos;s TurboPredict server (turbopredictd serve) appear in the fleet under the site&apos;s name. Their data is copied here, so it stays readable while the site cannot be reached.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="24"/>
        <source>e.g. Offshore-A</source>
        <translation>e.g. Offshore-A</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="25"/>
        <source>Site &amp;name:</source>
        <translation>Site &amp;name:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="28"/>
        <source>https://site-host:8080</source>
        <translation>https://site-host:8080</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="29"/>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="33"/>
        <source>the site&apos;s API token</source>
        <translation>the site&apos;s API token</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="34"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="39"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="40"/>
        <source>&amp;History to copy:</source>
        <translation>&amp;History to copy:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="47"/>
        <source>&amp;Connect and add</source>
        <translation>&amp;Connect and add</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="60"/>
        <source>Not added: %1</source>
        <translation>Not added: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/remotesitedialog.cpp" line="65"/>
        <source>%1 serves %n unit(s).</source>
        <translation>
            <numerusform>%1 serves %n unit.</numerusform>
            <numerusform>%1 serves %n units.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="95"/>
        <source>Give the site a name.</source>
        <translation>Give the site a name.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="100"/>
        <source>Give the URL of the site&apos;s server.</source>
        <translation>Give the URL of the site&apos;s server.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="109"/>
        <source>Connecting to %1...</source>
        <translation>Connecting to %1...</translation>
    </message>
</context>
<context>
    <name>tp::RulPanel</name>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="213"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="314"/>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="257"/>
        <location filename="../widgets/rulpanel.cpp" line="312"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="315"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="45"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="45"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="97"/>
        <source>The band is %1 times as wide as the trend&apos;s own: fits of this trend from earlier in its window missed the data that followed</source>
        <translation>The band is %1 times as wide as the trend&apos;s own: fits of this trend from earlier in its window missed the data that followed</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="200"/>
        <source>%1: history of %2</source>
        <translation>%1: history of %2</translation>
    </message>
    <message>
        <source>Health index</source>
        <translation type="vanished">Health index</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="vanished">%1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="266"/>
        <source>Forecast crossing of %1: P50 %2 (%3), P10 %4, P90 %5; %6 trend</source>
        <translation>Forecast crossing of %1: P50 %2 (%3), P10 %4, P90 %5; %6 trend</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="121"/>
        <source>%1, band x%2</source>
        <translation>%1, band x%2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="124"/>
        <location filename="../widgets/rulpanel.cpp" line="125"/>
        <location filename="../widgets/rulpanel.cpp" line="237"/>
        <location filename="../widgets/rulpanel.cpp" line="271"/>
        <source>beyond horizon</source>
        <translation>beyond horizon</translation>
    </message>
    <message>
        <source>Health index: history and forecast</source>
        <translation type="vanished">Health index: history and forecast</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="201"/>
        <source>%1: history and forecast</source>
        <translation>%1: history and forecast</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="235"/>
        <source>End of life learned from %1: P50 %2 (%3), P10 %4, P90 %5</source>
        <translation>End of life learned from %1: P50 %2 (%3), P10 %4, P90 %5</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="250"/>
        <source>P10-P90</source>
        <translation>P10-P90</translation>
    </message>
    <message>
        <source>Forecast crossing of %1 %2: P50 %3 (%4), P10 %5, P90 %6; %7 trend</source>
        <translation type="vanished">Forecast crossing of %1 %2: P50 %3 (%4), P10 %5, P90 %6; %7 trend</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="274"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="277"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="282"/>
        <source>Limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="303"/>
        <source>Earlier forecasts (remaining days)</source>
        <translation>Earlier forecasts (remaining days)</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="307"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rulpanel.cpp" line="354"/>
        <source>Earlier forecasts (remaining days); %n without a crossing</source>
        <translation>
            <numerusform>Earlier forecasts (remaining days); %n without a crossing</numerusform>
            <numerusform>Earlier forecasts (remaining days); %n without a crossing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="32"/>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="51"/>
        <source>Default: the per-user data folder</source>
        <translation>Default: the per-user data folder</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>Empty: the built-in demo fleet</source>
        <translation>Empty: the built-in demo fleet</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>&amp;Configuration folder:</source>
        <translation>&amp;Configuration folder:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>Configuration folder</source>
        <translation>Configuration folder</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>A new language takes effect when TurboPredict is started again.</source>
        <translation>A new language takes effect when TurboPredict is started again.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Light grey (ISA-101)</source>
        <translation>Light grey (ISA-101)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="71"/>
        <source>Dark control room</source>
        <translation>Dark control room</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="73"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="76"/>
        <source>Each unit&apos;s plant zone</source>
        <translation>Each unit&apos;s plant zone</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>This computer&apos;s zone (%1)</source>
        <translation>This computer&apos;s zone (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="78"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="80"/>
        <source>Show times &amp;in:</source>
        <translation>Show times &amp;in:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Ask for the operator&apos;s name at every acknowledgement (shared login)</source>
        <translation>Ask for the operator&apos;s name at every acknowledgement (shared login)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="87"/>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="89"/>
        <source>Default trend &amp;span:</source>
        <translation>Default trend &amp;span:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="93"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>Live trends &amp;refresh every:</source>
        <translation>Live trends &amp;refresh every:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>Handover report &amp;covers the last:</source>
        <translation>Handover report &amp;covers the last:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>Problem in the configuration</source>
        <translation>Problem in the configuration</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>Valid: %n unit(s).</source>
        <translation>
            <numerusform>Valid: %n unit.</numerusform>
            <numerusform>Valid: %n units.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>Not usable: %n error(s), listed below.</source>
        <translation>
            <numerusform>Not usable: %n error, listed below.</numerusform>
            <numerusform>Not usable: %n errors, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="144"/>
        <source>Checking the configuration...</source>
        <translation>Checking the configuration...</translation>
    </message>
</context>
<context>
    <name>tp::TagTableModel</name>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="84"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="85"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="94"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="143"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="144"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="145"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="146"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="147"/>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="148"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="149"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>tp::TimeAxis</name>
    <message>
        <location filename="../widgets/timeaxis.cpp" line="112"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/timeaxis.cpp" line="113"/>
        <source>Time (%1, %2)</source>
        <translation>Time (%1, %2)</translation>
    </message>
</context>
<context>
    <name>tp::TrendChart</name>
    <message>
        <location filename="../widgets/trendchart.cpp" line="120"/>
        <location filename="../widgets/trendchart.cpp" line="429"/>
        <source>Check tags in the list to trend them</source>
        <translation>Check tags in the list to trend them</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="vanished">(no unit)</translation>
    </message>
    <message>
        <source>%1 (no data in range)</source>
        <translation type="vanished">%1 (no data in range)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="538"/>
        <source>%1 normal band</source>
        <translation>%1 normal band</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="77"/>
        <source>LOLO</source>
        <translation>LOLO</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="78"/>
        <source>LO</source>
        <translation>LO</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="79"/>
        <source>HI</source>
        <translation>HI</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="80"/>
        <source>HIHI</source>
        <translation>HIHI</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="vanished">%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="620"/>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="628"/>
        <source>Bad quality</source>
        <translation>Bad quality</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="vanished">Annotations</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="vanished">%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="561"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 dashed: %2</source>
        <translation type="vanished">%1 dashed: %2</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="658"/>
        <source>hatched: not running</source>
        <translation>hatched: not running</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="660"/>
        <source>red marks: bad quality</source>
        <translation>red marks: bad quality</translation>
    </message>
    <message>
        <source>squares: annotations</source>
        <translation type="vanished">squares: annotations</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="853"/>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="856"/>
        <source>%1: bad quality</source>
        <translation>%1: bad quality</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="868"/>
        <source>%1: %2 (good)</source>
        <translation>%1: %2 (good)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="830"/>
        <source>Explain %1</source>
        <translation>Explain %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="434"/>
        <source>No data between %1 and %2; the newest sample is from %3.</source>
        <translation>No data between %1 and %2; the newest sample is from %3.</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="437"/>
        <source>No data between %1 and %2; nothing is stored for these tags yet.</source>
        <translation>No data between %1 and %2; nothing is stored for these tags yet.</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="519"/>
        <source>no data in this range; newest sample %1</source>
        <translation>no data in this range; newest sample %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="520"/>
        <source>nothing stored yet</source>
        <translation>nothing stored yet</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="542"/>
        <source>shaded: normal %1 - %2</source>
        <translation>shaded: normal %1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="602"/>
        <source>%1: values above %2 are off the chart (start-up spikes); the crosshair shows them</source>
        <translation>%1: values above %2 are off the chart (start-up spikes); the crosshair shows them</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="613"/>
        <source>%1 (above the chart)</source>
        <translation>%1 (above the chart)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="614"/>
        <source>%1 (below the chart)</source>
        <translation>%1 (below the chart)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="636"/>
        <location filename="../widgets/trendchart.cpp" line="644"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="648"/>
        <source>Annotation %1, %2:
%3</source>
        <translation>Annotation %1, %2:
%3</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="656"/>
        <source>dashed: %1</source>
        <translation>dashed: %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="662"/>
        <source>flags: annotations (hover to read)</source>
        <translation>flags: annotations (hover to read)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="831"/>
        <source>Add annotation at %1...</source>
        <translation>Add annotation at %1...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="833"/>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="834"/>
        <source>Export visible range to CSV...</source>
        <translation>Export visible range to CSV...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="835"/>
        <source>Save chart as PNG...</source>
        <translation>Save chart as PNG...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="956"/>
        <source>%1 %2 - %3 - %4 to %5 (%6)</source>
        <translation>%1 %2 - %3 - %4 to %5 (%6)</translation>
    </message>
</context>
<context>
    <name>tp::UnitCard</name>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="36"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="37"/>
        <source>Open the tab of %1</source>
        <translation>Open the tab of %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="52"/>
        <source>Health index, 0-100</source>
        <translation>Health index, 0-100</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="54"/>
        <location filename="../widgets/fleetoverview.cpp" line="93"/>
        <source>No model yet</source>
        <translation>No model yet</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="60"/>
        <location filename="../widgets/fleetoverview.cpp" line="102"/>
        <source>No standing alarm</source>
        <translation>No standing alarm</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="63"/>
        <source>RUL: -</source>
        <translation>RUL: -</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="91"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="93"/>
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="95"/>
        <source>Mode: %1</source>
        <translation>Mode: %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="99"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="124"/>
        <source>%1, refreshed %2</source>
        <translation>%1, refreshed %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 standing, %4 unacknowledged)</source>
        <translation type="vanished">%1 %2 (%3 standing, %4 unacknowledged)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="109"/>
        <source>%1 %2 (%3; %4)</source>
        <translation>%1 %2 (%3; %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/fleetoverview.cpp" line="111"/>
        <source>%n standing</source>
        <translation>
            <numerusform>%n standing</numerusform>
            <numerusform>%n standing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/fleetoverview.cpp" line="112"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="120"/>
        <source>RUL of %1: %2</source>
        <translation>RUL of %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="123"/>
        <source>RUL: no forecast yet</source>
        <translation>RUL: no forecast yet</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="123"/>
        <source>RUL: %1</source>
        <translation>RUL: %1</translation>
    </message>
    <message>
        <source>Data age %1, refreshed %2</source>
        <translation type="vanished">Data age %1, refreshed %2</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="vanished">(no data)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="126"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="127"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="136"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="146"/>
        <source>Health %1, %2, %3</source>
        <translation>Health %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>tp::UnitTab</name>
    <message>
        <source>operator</source>
        <translation type="vanished">operator</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="85"/>
        <source>&amp;Import exports...</source>
        <translation>&amp;Import exports...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="92"/>
        <source>%1 belongs to the remote site %2: its exports are imported there.</source>
        <translation>%1 belongs to the remote site %2: its exports are imported there.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="102"/>
        <source>Search tags (name or description)</source>
        <translation>Search tags (name or description)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="107"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="110"/>
        <source>In alarm only</source>
        <translation>In alarm only</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="131"/>
        <source>Check tags to trend them.</source>
        <translation>Check tags to trend them.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="148"/>
        <source>8 h</source>
        <translation>8 h</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="148"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="148"/>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="149"/>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="149"/>
        <source>1 y</source>
        <translation>1 y</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="149"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="162"/>
        <source>Custom...</source>
        <translation>Custom...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="164"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="166"/>
        <source>Follow the newest data</source>
        <translation>Follow the newest data</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="169"/>
        <source>Reset zoom</source>
        <translation>Reset zoom</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="174"/>
        <source>A pane per unit of measure</source>
        <translation>A pane per unit of measure</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="175"/>
        <source>A pane per tag</source>
        <translation>A pane per tag</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="177"/>
        <source>Wheel: zoom, drag: zoom to range, Ctrl+drag: pan, right-click: annotate</source>
        <translation>Wheel: zoom, drag: zoom to range, Ctrl+drag: pan, right-click: annotate</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="188"/>
        <source>&amp;Trend</source>
        <translation>&amp;Trend</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="207"/>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="222"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="223"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="67"/>
        <location filename="../widgets/unittab.cpp" line="240"/>
        <source>Export trend to CSV</source>
        <translation>Export trend to CSV</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="63"/>
        <source>The annotation was not stored: %1</source>
        <translation>The annotation was not stored: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="67"/>
        <source>The export was not written: %1</source>
        <translation>The export was not written: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>%1 of %2 was refused: %3</source>
        <translation>%1 of %2 was refused: %3</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>Shelving</source>
        <translation>Shelving</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="224"/>
        <source>Times in %1</source>
        <translation>Times in %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="241"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="246"/>
        <location filename="../widgets/unittab.cpp" line="250"/>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="247"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="250"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="255"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="257"/>
        <source>&amp;Remaining life</source>
        <translation>&amp;Remaining life</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="264"/>
        <source>&amp;Acknowledge...</source>
        <translation>&amp;Acknowledge...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="266"/>
        <source>&amp;Shelve...</source>
        <translation>&amp;Shelve...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="287"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="293"/>
        <source>A&amp;larms</source>
        <translation>A&amp;larms</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="305"/>
        <source>Alarms of a remote unit are shelved at its site.</source>
        <translation>Alarms of a remote unit are shelved at its site.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="336"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="338"/>
        <source>Health %1 (%2)</source>
        <translation>Health %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="339"/>
        <source>No health index yet</source>
        <translation>No health index yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/unittab.cpp" line="342"/>
        <source>%n standing alarm(s)</source>
        <translation>
            <numerusform>%n standing alarm</numerusform>
            <numerusform>%n standing alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>data age %1</source>
        <translation type="vanished">data age %1</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="vanished">(no data)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="346"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="348"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="357"/>
        <source>A&amp;larms (%1 unack.)</source>
        <translation>A&amp;larms (%1 unack.)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="358"/>
        <source>A&amp;larms (%1)</source>
        <translation>A&amp;larms (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="72"/>
        <location filename="../widgets/unittab.cpp" line="399"/>
        <source>Shelve alarm</source>
        <translation>Shelve alarm</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="72"/>
        <location filename="../widgets/unittab.cpp" line="399"/>
        <source>Acknowledge alarm</source>
        <translation>Acknowledge alarm</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="400"/>
        <source>Reason for shelving (8 hours):</source>
        <translation>Reason for shelving (8 hours):</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="400"/>
        <source>Comment (optional):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="63"/>
        <location filename="../widgets/unittab.cpp" line="439"/>
        <source>Add annotation</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="440"/>
        <source>Note at %1:</source>
        <translation>Note at %1:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="513"/>
        <source>More than %1 rows in this range: narrow it, or use &quot;turbopredictd export&quot;.</source>
        <translation>More than %1 rows in this range: narrow it, or use &quot;turbopredictd export&quot;.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="516"/>
        <location filename="../widgets/unittab.cpp" line="530"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
