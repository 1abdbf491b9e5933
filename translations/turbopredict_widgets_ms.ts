<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
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
        <translation>Ditangguhkan oleh %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="108"/>
        <source>Raised at %1</source>
        <translation>Tercetus pada %1</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="110"/>
        <source>%1
Comment: %2</source>
        <translation>%1
Ulasan: %2</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="138"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="139"/>
        <source>Priority</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="140"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="141"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="142"/>
        <source>Alarm</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="143"/>
        <source>Value at raise</source>
        <translation>Nilai semasa tercetus</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="145"/>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Nilai</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="144"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">Oleh</translation>
    </message>
    <message>
        <location filename="../widgets/alarmtablemodel.cpp" line="146"/>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
</context>
<context>
    <name>tp::DiscoveredTagModel</name>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="120"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="121"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="122"/>
        <source>Eng. unit</source>
        <translation>Unit kej.</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="123"/>
        <source>Point type</source>
        <translation>Jenis titik</translation>
    </message>
    <message>
        <location filename="../widgets/discoveredtagmodel.cpp" line="124"/>
        <source>In the file</source>
        <translation>Dalam fail</translation>
    </message>
</context>
<context>
    <name>tp::FleetOverview</name>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="170"/>
        <source>&amp;Order:</source>
        <translation>&amp;Susunan:</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="173"/>
        <source>By plant</source>
        <translation>Mengikut loji</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="174"/>
        <source>Worst health first</source>
        <translation>Kesihatan terburuk dahulu</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="175"/>
        <source>Shortest remaining life first</source>
        <translation>Hayat berbaki terpendek dahulu</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="281"/>
        <source>All units, worst health first</source>
        <translation>Semua unit, kesihatan terburuk dahulu</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="282"/>
        <source>All units, shortest remaining life first</source>
        <translation>Semua unit, hayat berbaki terpendek dahulu</translation>
    </message>
</context>
<context>
    <name>tp::HandoverReport</name>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="110"/>
        <location filename="../widgets/handoverreport.cpp" line="220"/>
        <source>Shift handover</source>
        <translation>Serah tugas syif</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="111"/>
        <source>Shift from %1 to %2; %n unit(s)</source>
        <translation>
            <numerusform>Syif dari %1 hingga %2; %n unit</numerusform>
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
        <translation>Kesihatan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Alarms</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="115"/>
        <source>Most urgent forecast</source>
        <translation>Ramalan paling mendesak</translation>
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
        <translation>tiada</translation>
    </message>
    <message>
        <source>%1 standing, %2 unacknowledged</source>
        <translation type="vanished">%1 semasa, %2 belum diakui</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="125"/>
        <source>%n standing</source>
        <translation>
            <numerusform>%n semasa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="126"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n belum diakui</numerusform>
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
        <translation>tiada ramalan melintasi had</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="138"/>
        <source>State %1; mode %2; health %3; data age %4; last refresh %5</source>
        <translation>Keadaan %1; mod %2; kesihatan %3; umur data %4; segar semula terakhir %5</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="141"/>
        <source>no data</source>
        <translation>tiada data</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="145"/>
        <source>Standing alarms</source>
        <translation>Penggera semasa</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="147"/>
        <location filename="../widgets/handoverreport.cpp" line="169"/>
        <location filename="../widgets/handoverreport.cpp" line="173"/>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Priority</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Alarm</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="150"/>
        <source>Value at raise</source>
        <translation>Nilai semasa tercetus</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="vanished">Diakui oleh</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="151"/>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="151"/>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
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
        <translation>Tindakan dan ulasan syif ini</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="171"/>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="175"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="176"/>
        <source>Remaining useful life</source>
        <translation>Hayat guna berbaki</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Indicator</source>
        <translation>Penunjuk</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Forecast</source>
        <translation>Ramalan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="178"/>
        <source>Limit</source>
        <translation>Had</translation>
    </message>
    <message>
        <source>Health index</source>
        <translation type="vanished">Indeks kesihatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/handoverreport.cpp" line="191"/>
        <source>%n other indicator(s): no crossing forecast (no significant trend, beyond the horizon or too little data).</source>
        <translation>
            <numerusform>%n penunjuk lain: tiada ramalan melintasi had (tiada tren ketara, melepasi ufuk atau data terlalu sedikit).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="193"/>
        <source>Trends of the alarming tags and the health index</source>
        <translation>Tren tag dalam penggera dan indeks kesihatan</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="209"/>
        <source>%1 health index</source>
        <translation>Indeks kesihatan %1</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="210"/>
        <source>%1 anomaly index (1 = limit)</source>
        <translation>Indeks anomali %1 (1 = had)</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="211"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/handoverreport.cpp" line="226"/>
        <source>%1: the report could not be written</source>
        <translation>%1: laporan tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>tp::HealthPanel</name>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="37"/>
        <source>Anomaly limit (1)</source>
        <translation>Had anomali (1)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="38"/>
        <source>Critical below 40</source>
        <translation>Kritikal di bawah 40</translation>
    </message>
    <message>
        <source>Health index and anomaly index, 30 days</source>
        <translation type="vanished">Indeks kesihatan dan indeks anomali, 30 hari</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="54"/>
        <source>Contributions &amp;at:</source>
        <translation>Sumbangan &amp;pada:</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="59"/>
        <source>&amp;Explain</source>
        <translation>&amp;Terangkan</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="107"/>
        <source>T^2 limit %1</source>
        <translation>Had T^2 %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="110"/>
        <source>SPE limit %1</source>
        <translation>Had SPE %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="113"/>
        <source>&lt;b&gt;Health %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Kesihatan %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="115"/>
        <source>&lt;b&gt;No health index yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belum ada indeks kesihatan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="117"/>
        <source>- anomaly index %1 (limit 1)</source>
        <translation>- indeks anomali %1 (had 1)</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="119"/>
        <source>- top contributors now: %1</source>
        <translation>- penyumbang utama kini: %1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="125"/>
        <source>%1 %2 [%3]</source>
        <translation>%1 %2 [%3]</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="126"/>
        <source>No active statistical alarm</source>
        <translation>Tiada penggera statistik aktif</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="127"/>
        <source>Statistical alarms:
%1</source>
        <translation>Penggera statistik:
%1</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="141"/>
        <source>Explaining %1...</source>
        <translation>Menerangkan %1...</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="169"/>
        <source>Nothing to explain at this time</source>
        <translation>Tiada apa-apa untuk diterangkan pada masa ini</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="174"/>
        <source>At %1: anomaly index %2 (limit 1); T^2 %3 (limit %4), SPE %5 (limit %6). %7</source>
        <translation>Pada %1: indeks anomali %2 (had 1); T^2 %3 (had %4), SPE %5 (had %6). %7</translation>
    </message>
    <message>
        <source>At %1: anomaly index %2 (limit 1). %3</source>
        <translation type="vanished">Pada %1: indeks anomali %2 (had 1). %3</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="178"/>
        <source>Share of the anomaly, %</source>
        <translation>Bahagian anomali, %</translation>
    </message>
    <message>
        <location filename="../widgets/healthpanel.cpp" line="201"/>
        <source>Top contributing tags</source>
        <translation>Tag penyumbang utama</translation>
    </message>
</context>
<context>
    <name>tp::ImportDialog</name>
    <message>
        <location filename="../widgets/importdialog.cpp" line="29"/>
        <source>Import historian exports into %1</source>
        <translation>Import fail eksport historian ke dalam %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="33"/>
        <source>&amp;Add files...</source>
        <translation>&amp;Tambah fail...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="35"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Susun atur:</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="37"/>
        <source>Detect</source>
        <translation>Kesan automatik</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="38"/>
        <source>Sampled (one time column)</source>
        <translation>Bersampel (satu lajur masa)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="39"/>
        <source>Compressed (time and value pairs)</source>
        <translation>Dimampatkan (pasangan masa dan nilai)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="51"/>
        <source>File / column</source>
        <translation>Fail / lajur</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="51"/>
        <source>Detected</source>
        <translation>Dikesan</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="55"/>
        <source>The result of the import appears here.</source>
        <translation>Hasil import dipaparkan di sini.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="62"/>
        <source>Add .xlsx or .csv exports of %1&apos;s tags.</source>
        <translation>Tambah fail eksport .xlsx atau .csv bagi tag %1.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="73"/>
        <source>Ca&amp;ncel import</source>
        <translation>&amp;Batalkan import</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="79"/>
        <source>Historian exports</source>
        <translation>Fail eksport historian</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="80"/>
        <source>Exports (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Fail eksport (*.xlsx *.xlsm *.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Importing file %1 of %2: %3 rows read</source>
        <translation type="vanished">Mengimport fail %1 daripada %2: %3 baris dibaca</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="96"/>
        <source>Importing file %1 of %2: %n row(s) read</source>
        <translation>
            <numerusform>Mengimport fail %1 daripada %2: %n baris dibaca</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="117"/>
        <source>An import is running. Cancel it? What was already committed stays stored.</source>
        <translation>Import sedang berjalan. Batalkan? Data yang telah disimpan kekal tersimpan.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="145"/>
        <source>Reading the files&apos; headers...</source>
        <translation>Membaca pengepala fail...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="182"/>
        <source>Cannot be imported: %1</source>
        <translation>Tidak dapat diimport: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="188"/>
        <source>%1 layout%2; %n tag(s) mapped</source>
        <translation>
            <numerusform>Susun atur: %1%2; %n tag dipetakan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="189"/>
        <source>Compressed</source>
        <translation>Dimampatkan</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="189"/>
        <source>Sampled</source>
        <translation>Bersampel</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="190"/>
        <source>, sheet %1</source>
        <translation>, helaian %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="191"/>
        <source>Mapped to tags</source>
        <translation>Dipetakan ke tag</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="193"/>
        <source>mapped</source>
        <translation>dipetakan</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="195"/>
        <source>Unmatched columns (not imported)</source>
        <translation>Lajur tidak sepadan (tidak diimport)</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="198"/>
        <source>no tag of %1</source>
        <translation>bukan tag %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="204"/>
        <source>%n file(s) ready to import.</source>
        <translation>
            <numerusform>%n fail sedia untuk diimport.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="205"/>
        <source>%1 of %2 file(s) can be imported; the others are listed with the reason.</source>
        <translation>%1 daripada %2 fail boleh diimport; yang lain disenaraikan bersama sebabnya.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="215"/>
        <source>The unit is not running: start the fleet to import.</source>
        <translation>Unit tidak berjalan: mulakan armada untuk mengimport.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="225"/>
        <source>Importing in %1&apos;s worker...</source>
        <translation>Mengimport dalam pekerja %1...</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="235"/>
        <source>Cancelling after the current batch; what was committed stays.</source>
        <translation>Membatalkan selepas kelompok semasa; data yang telah disimpan kekal.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="256"/>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="258"/>
        <source>Cancelled: the batches committed before stay stored.</source>
        <translation>Dibatalkan: kelompok yang disimpan sebelum ini kekal tersimpan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="260"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n baris dibaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="261"/>
        <source>%n value(s) stored</source>
        <translation>
            <numerusform>%n nilai disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="262"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n ditambah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="263"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n diganti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="264"/>
        <source>%n already stored (duplicates)</source>
        <translation>
            <numerusform>%n sudah tersimpan (pendua)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="265"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n dilangkau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="267"/>
        <source>%n row(s) with a repeated time</source>
        <translation>
            <numerusform>%n baris dengan masa berulang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="269"/>
        <source>%n row(s) out of time order</source>
        <translation>
            <numerusform>%n baris tidak mengikut urutan masa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="272"/>
        <source>Import %1: File › Import history can undo it.</source>
        <translation>Import %1: boleh dibuat asal melalui Fail › Sejarah import unit semasa.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="285"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="286"/>
        <source>Digital states and error texts: %1</source>
        <translation>Keadaan digital dan teks ralat: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="289"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n amaran:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importdialog.cpp" line="293"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... dan %n lagi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="298"/>
        <source>Import finished.</source>
        <translation>Import selesai.</translation>
    </message>
    <message>
        <location filename="../widgets/importdialog.cpp" line="298"/>
        <source>Import finished with problems; see the summary.</source>
        <translation>Import selesai dengan masalah; lihat ringkasan.</translation>
    </message>
</context>
<context>
    <name>tp::ImportHistoryDialog</name>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="24"/>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="26"/>
        <source>running or interrupted</source>
        <translation>berjalan atau terganggu</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="28"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="30"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="32"/>
        <source>undone</source>
        <translation>dibuat asal</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="46"/>
        <source>Import history of %1</source>
        <translation>Sejarah import %1</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>Imported (%1)</source>
        <translation>Diimport (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="50"/>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Stored</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Already stored</source>
        <translation>Sudah tersimpan</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="51"/>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="55"/>
        <source>&amp;Undo import...</source>
        <translation>&amp;Buat asal import...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="56"/>
        <source>Restores the values the import replaced and removes the ones it added</source>
        <translation>Memulihkan nilai yang digantikan oleh import dan membuang nilai yang ditambahnya</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="85"/>
        <source>Undoing import %1...</source>
        <translation>Membuat asal import %1...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="85"/>
        <source>Reading the imports...</source>
        <translation>Membaca senarai import...</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="96"/>
        <source>Import %1 of %2 undone: %3 value(s) restored, %4 removed.</source>
        <translation>Import %1 bagi %2 dibuat asal: %3 nilai dipulihkan, %4 dibuang.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importhistorydialog.cpp" line="128"/>
        <source>%n import(s). An import can be undone when no later import changed the same values; undo the newest first.</source>
        <translation>
            <numerusform>%n import. Import boleh dibuat asal jika tiada import kemudian yang mengubah nilai yang sama; buat asal yang terbaharu dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="137"/>
        <source>Import undone</source>
        <translation>Import dibuat asal</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="137"/>
        <source>Undo failed</source>
        <translation>Buat asal gagal</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="156"/>
        <source>Undo import</source>
        <translation>Buat asal import</translation>
    </message>
    <message>
        <location filename="../widgets/importhistorydialog.cpp" line="157"/>
        <source>Undo import %1 (%2) of %3? The values it replaced are restored and the values it added are removed.</source>
        <translation>Buat asal import %1 (%2) bagi %3? Nilai yang digantikannya akan dipulihkan dan nilai yang ditambahnya akan dibuang.</translation>
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
Semasa tercetus: %2</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="66"/>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="67"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="68"/>
        <source>Priority</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="69"/>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="70"/>
        <source>Alarm</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="71"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="72"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../widgets/journalmodel.cpp" line="73"/>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
</context>
<context>
    <name>tp::JournalView</name>
    <message>
        <location filename="../widgets/journalview.cpp" line="33"/>
        <source>All priorities</source>
        <translation>Semua keutamaan</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="38"/>
        <source>All entries</source>
        <translation>Semua entri</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="44"/>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="45"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="46"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="47"/>
        <source>From - to</source>
        <translation>Dari - hingga</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="60"/>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segar semula</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="101"/>
        <source>All units</source>
        <translation>Semua unit</translation>
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
        <translation>tiada</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/journalview.cpp" line="166"/>
        <source>%n alarm(s) raised. Per 10 minutes: max %1, average %2. Per day per operator position: %3 (%4 position(s)). Floods (10 minutes with more than 10 alarms): %5. Time to acknowledge: median %6, max %7.</source>
        <translation>
            <numerusform>%n penggera tercetus. Setiap 10 minit: maks %1, purata %2. Sehari bagi setiap kedudukan operator: %3 (%4 kedudukan). Banjir (10 minit dengan lebih daripada 10 penggera): %5. Masa sehingga diakui: median %6, maks %7.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="174"/>
        <source>Most frequent: %1</source>
        <translation>Paling kerap: %1</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="175"/>
        <source>Chattering (3 or more raises within 60 s): %1</source>
        <translation>Berulang-ulang (tercetus 3 kali atau lebih dalam 60 s): %1</translation>
    </message>
    <message>
        <location filename="../widgets/journalview.cpp" line="176"/>
        <source>Stale (standing longer than 24 h): %1</source>
        <translation>Usang (semasa lebih lama daripada 24 h): %1</translation>
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
        <translation>Loji / unit</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="64"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Refresh</source>
        <translation>Segar semula</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Alarms</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="65"/>
        <source>Data age</source>
        <translation>Umur data</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="74"/>
        <location filename="../widgets/mainwindow.cpp" line="75"/>
        <source>Fleet</source>
        <translation>Armada</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="90"/>
        <source>Fleet overview</source>
        <translation>Gambaran keseluruhan armada</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="115"/>
        <source>Alarms (fleet)</source>
        <translation>Penggera (armada)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122"/>
        <source>Filter alarms: unit, priority, state, tag or text</source>
        <translation>Tapis penggera: unit, keutamaan, keadaan, tag atau teks</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="137"/>
        <source>Severity</source>
        <translation>Keterukan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="137"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="139"/>
        <source>Configuration problems</source>
        <translation>Masalah konfigurasi</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="146"/>
        <source>&amp;New unit...</source>
        <translation>U&amp;nit baharu...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="148"/>
        <source>Shift &amp;handover report (fleet)...</source>
        <translation>Laporan &amp;serah tugas syif (armada)...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="149"/>
        <location filename="../widgets/mainwindow.cpp" line="157"/>
        <location filename="../widgets/mainwindow.cpp" line="660"/>
        <source>Shift handover report</source>
        <translation>Laporan serah tugas syif</translation>
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
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="153"/>
        <source>Shift handover report of the current &amp;unit...</source>
        <translation>Laporan serah tugas syif bagi &amp;unit semasa...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="157"/>
        <source>-handover.pdf</source>
        <translation>-handover.pdf</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="161"/>
        <source>&amp;Import history of the current unit...</source>
        <translation>Sejarah &amp;import unit semasa...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="165"/>
        <source>Open a unit&apos;s tab to see its imports.</source>
        <translation>Buka tab unit untuk melihat importnya.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="173"/>
        <source>Add &amp;remote site...</source>
        <translation>Tambah tapak &amp;jauh...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="174"/>
        <source>Remo&amp;ve remote site</source>
        <translation>&amp;Buang tapak jauh</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="179"/>
        <source>(no remote sites)</source>
        <translation>(tiada tapak jauh)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="184"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Tetapan...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="189"/>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="195"/>
        <source>Alarm &amp;journal (fleet)</source>
        <translation>&amp;Jurnal penggera (armada)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="199"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="202"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="203"/>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="212"/>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="212"/>
        <source>The user guide (README.md) is not installed with this copy of TurboPredict.</source>
        <translation>Panduan pengguna (README.md) tidak dipasang bersama salinan TurboPredict ini.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="214"/>
        <source>&amp;About TurboPredict</source>
        <translation>Pe&amp;rihal TurboPredict</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="215"/>
        <source>About TurboPredict</source>
        <translation>Perihal TurboPredict</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="216"/>
        <source>&lt;b&gt;TurboPredict %1&lt;/b&gt;&lt;p&gt;Condition monitoring of rotating machines: trends, health, alarms and remaining life of a fleet of compressors and turbines.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;TurboPredict %1&lt;/b&gt;&lt;p&gt;Pemantauan keadaan mesin berputar: tren, kesihatan, penggera dan hayat berbaki bagi armada pemampat dan turbin.&lt;/p&gt;&lt;p&gt;Folder data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="247"/>
        <source>Reading the fleet configuration...</source>
        <translation>Membaca konfigurasi armada...</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="315"/>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="338"/>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="291"/>
        <location filename="../widgets/mainwindow.cpp" line="326"/>
        <source>built-in demo fleet</source>
        <translation>armada demo terbina dalam</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="293"/>
        <source>The configuration in %1 has %n error(s); see the list below.</source>
        <translation>
            <numerusform>Konfigurasi dalam %1 mempunyai %n ralat; lihat senarai di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="371"/>
        <source>Not running</source>
        <translation>Tidak berjalan</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="373"/>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="376"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="331"/>
        <source>%1: %n unit(s)</source>
        <translation>
            <numerusform>%1: %n unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="332"/>
        <source>in %n plant(s)</source>
        <translation>
            <numerusform>dalam %n loji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="393"/>
        <source>%1; %n remote unit(s)</source>
        <translation>
            <numerusform>%1; %n unit jauh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="394"/>
        <source>from %n site(s)</source>
        <translation>
            <numerusform>dari %n tapak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="421"/>
        <source>Remote site %1: %n unit(s) added</source>
        <translation>
            <numerusform>Tapak jauh %1: %n unit ditambah</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="455"/>
        <source>The fleet already has a unit %1; %2 is read at the next start.</source>
        <translation>Armada sudah mempunyai unit %1; %2 dibaca apabila TurboPredict dimulakan semula.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="469"/>
        <source>Unit %1 added from %2 (%n tag(s)).</source>
        <translation>
            <numerusform>Unit %1 ditambah daripada %2 (%n tag).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="489"/>
        <source>The fleet configuration is now read from %1.</source>
        <translation>Konfigurasi armada kini dibaca daripada %1.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="532"/>
        <source>The remote sites were not saved: %1</source>
        <translation>Tapak jauh tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="560"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="575"/>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="580"/>
        <source>%n standing</source>
        <translation>
            <numerusform>%n semasa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="581"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n belum diakui</numerusform>
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
        <translation>tiada data</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="591"/>
        <source>STALE %1</source>
        <translation>USANG %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="598"/>
        <source>%n stale tag(s)</source>
        <translation>
            <numerusform>%n tag usang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="614"/>
        <source>Saved. The new folders and language take effect when TurboPredict is started again.</source>
        <translation>Disimpan. Folder dan bahasa baharu berkuat kuasa apabila TurboPredict dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="658"/>
        <source>Handover report written to %1</source>
        <translation>Laporan serah tugas ditulis ke %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="660"/>
        <source>The report was not written: %1</source>
        <translation>Laporan tidak ditulis: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="673"/>
        <source>Alarm journal (fleet)</source>
        <translation>Jurnal penggera (armada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="723"/>
        <source>Alarms (fleet): %n unacknowledged</source>
        <translation>
            <numerusform>Penggera (armada): %n belum diakui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="724"/>
        <source>Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm(s)</source>
        <translation>
            <numerusform>Unit: %1 OK, %2 sibuk, %3 ralat, %4 tersekat; %n penggera belum diakui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::NewUnitDialog</name>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="83"/>
        <location filename="../widgets/newunitdialog.cpp" line="130"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="99"/>
        <source>The demo fleet was not copied: %1</source>
        <translation>Armada demo tidak disalin: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="106"/>
        <source>%1 cannot be created</source>
        <translation>%1 tidak dapat dicipta</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="112"/>
        <source>%1 exists and is not overwritten: choose another unit id, or remove the file first.</source>
        <translation>%1 sudah wujud dan tidak ditulis ganti: pilih ID unit lain, atau buang fail itu dahulu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="153"/>
        <source>Not created: check-config finds %n error(s) in the unit file (listed above); it was removed again.</source>
        <translation>
            <numerusform>Tidak dicipta: check-config menemui %n ralat dalam fail unit (disenaraikan di atas); fail itu telah dibuang semula.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="157"/>
        <source>Not created: the configuration in %1 has %n error(s) in other files (listed above); fix them first.</source>
        <translation>
            <numerusform>Tidak dicipta: konfigurasi dalam %1 mempunyai %n ralat dalam fail lain (disenaraikan di atas); betulkan ralat itu dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="176"/>
        <source>Browse...</source>
        <translation>Semak imbas...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="193"/>
        <location filename="../widgets/newunitdialog.cpp" line="849"/>
        <source>New unit</source>
        <translation>Unit baharu</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="195"/>
        <source>A unit from the points of a PI server or the columns of a historian export: choose its tags, and TurboPredict writes the unit file, checks it and starts the unit.</source>
        <translation>Unit daripada titik pelayan PI atau lajur fail eksport historian: pilih tagnya, dan TurboPredict akan menulis fail unit, menyemaknya dan memulakan unit itu.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="211"/>
        <source>e.g. K-12-01</source>
        <translation>cth. K-12-01</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="212"/>
        <source>The unit&apos;s name in TurboPredict and its file name: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>Nama unit dalam TurboPredict dan nama failnya: huruf, digit, &apos;-&apos;, &apos;_&apos; dan &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="213"/>
        <source>Unit &amp;id:</source>
        <translation>&amp;ID unit:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="217"/>
        <source>e.g. PCFS</source>
        <translation>cth. PCFS</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="218"/>
        <source>&amp;Plant:</source>
        <translation>&amp;Loji:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="230"/>
        <source>The plant&apos;s IANA time zone: an export&apos;s local times are read in it, and trends and reports show it. Empty: the fleet&apos;s default zone.</source>
        <translation>Zon waktu IANA loji: masa tempatan dalam fail eksport dibaca dalam zon ini, dan tren serta laporan memaparkannya. Kosong: zon lalai armada.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="232"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zon waktu:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="237"/>
        <source>From PI</source>
        <translation>Daripada PI</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="238"/>
        <source>From an export file</source>
        <translation>Daripada fail eksport</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="243"/>
        <source>What check-config says of the unit file</source>
        <translation>Laporan check-config tentang fail unit</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="255"/>
        <source>&amp;Create unit</source>
        <translation>&amp;Cipta unit</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="285"/>
        <source>https://pi-web.plant.local/piwebapi</source>
        <translation>https://pi-web.plant.local/piwebapi</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="286"/>
        <source>PI Web API &amp;URL:</source>
        <translation>&amp;URL PI Web API:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="289"/>
        <source>optional when the server has only one</source>
        <translation>tidak wajib jika pelayan hanya mempunyai satu</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="290"/>
        <source>&amp;Data server:</source>
        <translation>Pelayan &amp;data:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="293"/>
        <source>Windows sign-on (Kerberos)</source>
        <translation>Log masuk Windows (Kerberos)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="294"/>
        <source>Basic (user and password)</source>
        <translation>Basic (pengguna dan kata laluan)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="295"/>
        <source>Bearer (OpenID Connect client)</source>
        <translation>Bearer (klien OpenID Connect)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="296"/>
        <source>Anonymous</source>
        <translation>Tanpa nama</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="297"/>
        <source>&amp;Sign-on:</source>
        <translation>Log &amp;masuk:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="300"/>
        <source>optional: the company CA (PEM)</source>
        <translation>tidak wajib: CA syarikat (PEM)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="301"/>
        <source>CA certi&amp;ficates:</source>
        <translation>Si&amp;jil CA:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="302"/>
        <source>CA certificates</source>
        <translation>Sijil CA</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="302"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sijil (*.pem *.crt *.cer);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="319"/>
        <source>The unit signs on as the Windows user running TurboPredict (or turbopredictd&apos;s service account): no password is stored.</source>
        <translation>Unit log masuk sebagai pengguna Windows yang menjalankan TurboPredict (atau akaun perkhidmatan turbopredictd): tiada kata laluan disimpan.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="321"/>
        <source>A PI user and its password, or a file holding the password.</source>
        <translation>Pengguna PI dan kata laluannya, atau fail yang mengandungi kata laluan.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="324"/>
        <source>Us&amp;er:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="328"/>
        <source>Saved in units/&lt;ID&gt;.pi-password beside the unit file, readable by you only; never in the unit file</source>
        <translation>Disimpan dalam units/&lt;ID&gt;.pi-password di sebelah fail unit, hanya boleh dibaca oleh anda; tidak sekali-kali dalam fail unit</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="329"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="332"/>
        <source>or a file that holds it</source>
        <translation>atau fail yang mengandunginya</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <source>Password fi&amp;le:</source>
        <translation>&amp;Fail kata laluan:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <source>Password file</source>
        <translation>Fail kata laluan</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="333"/>
        <location filename="../widgets/newunitdialog.cpp" line="346"/>
        <source>All files (*)</source>
        <translation>Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="334"/>
        <source>A client of the company&apos;s identity provider (client credentials).</source>
        <translation>Klien penyedia identiti syarikat (bukti kelayakan klien).</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="337"/>
        <source>https://login.example.com/connect/token</source>
        <translation>https://login.example.com/connect/token</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="338"/>
        <source>To&amp;ken URL:</source>
        <translation>URL &amp;token:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="341"/>
        <source>C&amp;lient id:</source>
        <translation>ID kli&amp;en:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="344"/>
        <source>file that holds the client secret</source>
        <translation>fail yang mengandungi rahsia klien</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="345"/>
        <source>Client s&amp;ecret file:</source>
        <translation>Fail &amp;rahsia klien:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="346"/>
        <source>Client secret file</source>
        <translation>Fail rahsia klien</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="347"/>
        <source>No sign-on: only for a PI Web API that allows anonymous reading.</source>
        <translation>Tanpa log masuk: hanya untuk PI Web API yang membenarkan bacaan tanpa nama.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="353"/>
        <source>&amp;Name filter:</source>
        <translation>Penapis &amp;nama:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="356"/>
        <source>PLANT.UNIT.*</source>
        <translation>LOJI.UNIT.*</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="357"/>
        <source>Which points to list: * stands for any text, e.g. PCFS.K-12-01.*</source>
        <translation>Titik yang hendak disenaraikan: * mewakili sebarang teks, cth. PCFS.K-12-01.*</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="361"/>
        <location filename="../widgets/newunitdialog.cpp" line="594"/>
        <source>Find p&amp;oints</source>
        <translation>C&amp;ari titik</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="365"/>
        <source>Give the server and the name filter, then Find points.</source>
        <translation>Berikan pelayan dan penapis nama, kemudian klik Cari titik.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="395"/>
        <source>Export &amp;file:</source>
        <translation>Fail &amp;eksport:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="398"/>
        <source>a PI DataLink or historian export (.xlsx or .csv)</source>
        <translation>fail eksport PI DataLink atau historian (.xlsx atau .csv)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="401"/>
        <source>Historian export</source>
        <translation>Fail eksport historian</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="401"/>
        <source>Exports (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Fail eksport (*.xlsx *.xlsm *.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="403"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Helaian:</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="406"/>
        <source>the first with data</source>
        <translation>helaian pertama yang ada data</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="411"/>
        <source>&amp;Read tags</source>
        <translation>&amp;Baca tag</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="415"/>
        <source>Choose an export of the unit&apos;s tags, then Read tags: the file is read as the unit will read it.</source>
        <translation>Pilih fail eksport tag unit, kemudian klik Baca tag: fail dibaca sama seperti unit akan membacanya.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="472"/>
        <source>&amp;All</source>
        <translation>&amp;Semua</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="474"/>
        <source>Check all, or none</source>
        <translation>Tandakan semua, atau tiada satu pun</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="489"/>
        <source>%n point(s) listed, %1 chosen as the unit&apos;s tags</source>
        <translation>
            <numerusform>%n titik disenaraikan, %1 dipilih sebagai tag unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="491"/>
        <source>%n tag(s) in the file, %1 chosen as the unit&apos;s tags</source>
        <translation>
            <numerusform>%n tag dalam fail, %1 dipilih sebagai tag unit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="594"/>
        <source>St&amp;op</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="621"/>
        <source>Stopping after the page being read...</source>
        <translation>Berhenti selepas halaman yang sedang dibaca...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="632"/>
        <source>Give the PI Web API&apos;s URL, e.g. https://pi-web.plant.local/piwebapi.</source>
        <translation>Berikan URL PI Web API, cth. https://pi-web.plant.local/piwebapi.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="634"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; bukan URL http atau https.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="636"/>
        <source>Basic sign-on needs a user.</source>
        <translation>Log masuk Basic memerlukan nama pengguna.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="643"/>
        <source>Asking %1 for the points named %2...</source>
        <translation>Meminta senarai titik bernama %2 daripada %1...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="652"/>
        <source>Stopped: no points listed.</source>
        <translation>Dihentikan: tiada titik disenaraikan.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="658"/>
        <source>No points: %1</source>
        <translation>Tiada titik: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="669"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="674"/>
        <source>A %1 point holds text, not a measurement: it cannot be a tag of the unit.</source>
        <translation>Titik %1 mengandungi teks, bukan ukuran: titik ini tidak boleh menjadi tag unit.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="680"/>
        <source>No point on %1 matches %2.</source>
        <translation>Tiada titik pada %1 yang sepadan dengan %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="684"/>
        <source>%n point(s) on data server %1 match %2. Uncheck those the unit should not have.</source>
        <translation>
            <numerusform>%n titik pada pelayan data %1 sepadan dengan %2. Nyahtanda titik yang tidak sepatutnya ada pada unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="700"/>
        <source>%n point(s) read so far...</source>
        <translation>
            <numerusform>%n titik dibaca setakat ini...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="712"/>
        <source>Choose an .xlsx or .csv export first.</source>
        <translation>Pilih fail eksport .xlsx atau .csv dahulu.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="726"/>
        <source>Reading %1 as the unit will read it...</source>
        <translation>Membaca %1 sama seperti unit akan membacanya...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="735"/>
        <source>No tags: %1</source>
        <translation>Tiada tag: %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="751"/>
        <source>%1, sheet %2</source>
        <translation>%1, helaian %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="752"/>
        <source>%n tag(s) in %1</source>
        <translation>
            <numerusform>%n tag dalam %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="753"/>
        <source>(%n value(s), read in the %1 zone).</source>
        <translation>
            <numerusform>(%n nilai, dibaca dalam zon %1).</numerusform>
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
        <translation>Ditulis oleh TurboPredict (Fail &gt; Unit baharu) daripada %1 (pelayan data %2) pada %3.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="788"/>
        <source>The time zone changed since the tags were read: Read tags again, so that the file&apos;s local times are read in %1.</source>
        <translation>Zon waktu telah berubah sejak tag dibaca: klik Baca tag sekali lagi supaya masa tempatan dalam fail dibaca dalam %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="799"/>
        <source>Written by TurboPredict (File &gt; New unit) from %1 (%2, %3 layout, %n value(s)).</source>
        <translation>
            <numerusform>Ditulis oleh TurboPredict (Fail &gt; Unit baharu) daripada %1 (%2, susun atur %3, %n nilai).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="801"/>
        <source>sheet %1</source>
        <translation>helaian %1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="819"/>
        <source>Give the unit an id, e.g. K-12-01.</source>
        <translation>Berikan ID kepada unit, cth. K-12-01.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="823"/>
        <source>&quot;%1&quot; cannot be a unit id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; tidak boleh menjadi ID unit: guna huruf, digit, &apos;-&apos;, &apos;_&apos; dan &apos;.&apos;, bermula dengan huruf atau digit.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="827"/>
        <source>The fleet already has a unit %1: choose another id.</source>
        <translation>Armada sudah mempunyai unit %1: pilih ID lain.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="831"/>
        <source>Give the unit&apos;s plant, e.g. PCFS.</source>
        <translation>Berikan loji unit, cth. PCFS.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="835"/>
        <source>Wait until the points are listed.</source>
        <translation>Tunggu sehingga titik selesai disenaraikan.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="835"/>
        <source>Wait until the file is read.</source>
        <translation>Tunggu sehingga fail selesai dibaca.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="838"/>
        <source>Find the unit&apos;s points first.</source>
        <translation>Cari titik unit dahulu.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="838"/>
        <source>Read the export&apos;s tags first.</source>
        <translation>Baca tag fail eksport dahulu.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="840"/>
        <source>Check at least one tag.</source>
        <translation>Tandakan sekurang-kurangnya satu tag.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="850"/>
        <source>TurboPredict shows its built-in demo fleet, which cannot be changed. Write an editable copy of it, with the new unit, to this folder?

%1</source>
        <translation>TurboPredict memaparkan armada demo terbina dalam, yang tidak boleh diubah. Tulis salinan armada itu yang boleh disunting, berserta unit baharu, ke folder ini?

%1</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="855"/>
        <source>TurboPredict then reads its fleet from that folder, also at the next start (see Settings).</source>
        <translation>Selepas itu TurboPredict membaca armadanya daripada folder tersebut, termasuk apabila dimulakan semula (lihat Tetapan).</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="856"/>
        <source>&amp;Write the copy</source>
        <translation>&amp;Tulis salinan</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="858"/>
        <source>C&amp;hoose a folder...</source>
        <translation>&amp;Pilih folder...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="867"/>
        <source>An empty folder for the fleet configuration</source>
        <translation>Folder kosong untuk konfigurasi armada</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="875"/>
        <source>Not created: the demo fleet stays as it is.</source>
        <translation>Tidak dicipta: armada demo kekal seperti sedia ada.</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="893"/>
        <source>Copying the demo fleet to %1, writing units/%2.yml and checking it...</source>
        <translation>Menyalin armada demo ke %1, menulis units/%2.yml dan menyemaknya...</translation>
    </message>
    <message>
        <location filename="../widgets/newunitdialog.cpp" line="894"/>
        <source>Writing units/%1.yml and checking it...</source>
        <translation>Menulis units/%1.yml dan menyemaknya...</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/newunitdialog.cpp" line="917"/>
        <source>%1 created with %n tag(s).</source>
        <translation>
            <numerusform>%1 dicipta dengan %n tag.</numerusform>
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
        <translation>Pemberitahuan (%1 baharu)</translation>
    </message>
    <message>
        <location filename="../widgets/notificationsdock.cpp" line="66"/>
        <location filename="../widgets/notificationsdock.cpp" line="67"/>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/notificationsdock.cpp" line="67"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n pemberitahuan baharu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::OperatorName</name>
    <message>
        <location filename="../widgets/operatorname.cpp" line="20"/>
        <source>unknown account</source>
        <translation>akaun tidak diketahui</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="33"/>
        <source>Who is this?</source>
        <translation>Siapakah anda?</translation>
    </message>
    <message>
        <location filename="../widgets/operatorname.cpp" line="34"/>
        <source>Your name or initials, for the alarm journal and the audit log (the account %1 is recorded too):</source>
        <translation>Nama atau singkatan nama anda, untuk jurnal penggera dan log audit (akaun %1 turut direkodkan):</translation>
    </message>
</context>
<context>
    <name>tp::Preferences</name>
    <message>
        <location filename="../widgets/preferences.cpp" line="46"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
</context>
<context>
    <name>tp::Presentation</name>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="31"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="33"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="35"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/presentation.cpp" line="36"/>
        <source>%n d</source>
        <translation>
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
        <translation>setakat %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="87"/>
        <source>no data</source>
        <translation>tiada data</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="93"/>
        <source>STALE: no data yet</source>
        <translation>USANG: belum ada data</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="95"/>
        <source>STALE: newest data %1 old, from %2</source>
        <translation>USANG: data terbaharu berumur %1, dari %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="96"/>
        <source>Data age %1</source>
        <translation>Umur data %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="111"/>
        <source>P50 %1 (P10 %2 - P90 %3)</source>
        <translation>P50 %1 (P10 %2 - P90 %3)</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="113"/>
        <source>beyond horizon</source>
        <translation>melepasi ufuk</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="120"/>
        <source>Health index</source>
        <translation>Indeks kesihatan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="123"/>
        <source>Learned: %1 (%2)</source>
        <translation>Dipelajari: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="123"/>
        <source>Learned: %1</source>
        <translation>Dipelajari: %1</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="125"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="131"/>
        <source>end of life</source>
        <translation>akhir hayat</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="132"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="180"/>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="181"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="182"/>
        <source>Medium</source>
        <translation>Sederhana</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="183"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="191"/>
        <source>Flow</source>
        <translation>Aliran</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="192"/>
        <source>Pressure</source>
        <translation>Tekanan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="193"/>
        <source>Differential pressure</source>
        <translation>Tekanan pembeza</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="194"/>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="195"/>
        <source>Level</source>
        <translation>Aras</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="196"/>
        <source>Speed</source>
        <translation>Kelajuan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="197"/>
        <source>Vibration</source>
        <translation>Getaran</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="198"/>
        <source>Position</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="199"/>
        <source>Analyser</source>
        <translation>Penganalisis</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="200"/>
        <source>Current</source>
        <translation>Arus</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="201"/>
        <source>Power</source>
        <translation>Kuasa</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="202"/>
        <source>Voltage</source>
        <translation>Voltan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="203"/>
        <source>Calculated</source>
        <translation>Dikira</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="204"/>
        <source>Controller output</source>
        <translation>Output pengawal</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="205"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="214"/>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="216"/>
        <source>rate</source>
        <translation>kadar</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="218"/>
        <source>flat line</source>
        <translation>garis mendatar</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="220"/>
        <source>out of range</source>
        <translation>luar julat</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="222"/>
        <source>stale</source>
        <translation>usang</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="229"/>
        <source>acknowledged</source>
        <translation>diakui</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="231"/>
        <source>shelved</source>
        <translation>ditangguhkan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="233"/>
        <source>unshelved</source>
        <translation>tidak lagi ditangguhkan</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="235"/>
        <source>shelving expired</source>
        <translation>penangguhan tamat</translation>
    </message>
    <message>
        <location filename="../widgets/presentation.cpp" line="237"/>
        <source>changed</source>
        <translation>berubah</translation>
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
        <translation>Tambah tapak jauh</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="17"/>
        <source>The units of a site&apos;s TurboPredict server (turbopredictd serve) appear in the fleet under the site&apos;s name. Their data is copied here, so it stays readable while the site cannot be reached.</source>
        <translation>Unit-unit pelayan TurboPredict sesebuah tapak (turbopredictd serve) dipaparkan dalam armada di bawah nama tapak itu. Datanya disalin ke sini, jadi data kekal boleh dibaca semasa tapak tidak dapat dihubungi.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="24"/>
        <source>e.g. Offshore-A</source>
        <translation>cth. Offshore-A</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="25"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nama tapak:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="28"/>
        <source>https://site-host:8080</source>
        <translation>https://site-host:8080</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="29"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL pelayan:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="33"/>
        <source>the site&apos;s API token</source>
        <translation>token API tapak</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="34"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="39"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="40"/>
        <source>&amp;History to copy:</source>
        <translation>Sejarah untuk &amp;disalin:</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="47"/>
        <source>&amp;Connect and add</source>
        <translation>&amp;Sambung dan tambah</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="60"/>
        <source>Not added: %1</source>
        <translation>Tidak ditambah: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/remotesitedialog.cpp" line="65"/>
        <source>%1 serves %n unit(s).</source>
        <translation>
            <numerusform>%1 menyediakan %n unit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="95"/>
        <source>Give the site a name.</source>
        <translation>Berikan nama kepada tapak.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="100"/>
        <source>Give the URL of the site&apos;s server.</source>
        <translation>Berikan URL pelayan tapak.</translation>
    </message>
    <message>
        <location filename="../widgets/remotesitedialog.cpp" line="109"/>
        <source>Connecting to %1...</source>
        <translation>Menyambung ke %1...</translation>
    </message>
</context>
<context>
    <name>tp::RulPanel</name>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <location filename="../widgets/rulpanel.cpp" line="213"/>
        <source>Indicator</source>
        <translation>Penunjuk</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="44"/>
        <source>State</source>
        <translation>Keadaan</translation>
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
        <translation>Had</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="45"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="97"/>
        <source>The band is %1 times as wide as the trend&apos;s own: fits of this trend from earlier in its window missed the data that followed</source>
        <translation>Jalur ini %1 kali lebih lebar daripada jalur trend itu sendiri: trend yang dipadankan dari awal tetingkapnya tersasar daripada data yang menyusul</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="200"/>
        <source>%1: history of %2</source>
        <translation>%1: sejarah %2</translation>
    </message>
    <message>
        <source>Health index</source>
        <translation type="vanished">Indeks kesihatan</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="vanished">%1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="266"/>
        <source>Forecast crossing of %1: P50 %2 (%3), P10 %4, P90 %5; %6 trend</source>
        <translation>Ramalan melintasi %1: P50 %2 (%3), P10 %4, P90 %5; tren %6</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="121"/>
        <source>%1, band x%2</source>
        <translation>%1, jalur x%2</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="124"/>
        <location filename="../widgets/rulpanel.cpp" line="125"/>
        <location filename="../widgets/rulpanel.cpp" line="237"/>
        <location filename="../widgets/rulpanel.cpp" line="271"/>
        <source>beyond horizon</source>
        <translation>melepasi ufuk</translation>
    </message>
    <message>
        <source>Health index: history and forecast</source>
        <translation type="vanished">Indeks kesihatan: sejarah dan ramalan</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="201"/>
        <source>%1: history and forecast</source>
        <translation>%1: sejarah dan ramalan</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="235"/>
        <source>End of life learned from %1: P50 %2 (%3), P10 %4, P90 %5</source>
        <translation>Akhir hayat dipelajari daripada %1: P50 %2 (%3), P10 %4, P90 %5</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="250"/>
        <source>P10-P90</source>
        <translation>P10-P90</translation>
    </message>
    <message>
        <source>Forecast crossing of %1 %2: P50 %3 (%4), P10 %5, P90 %6; %7 trend</source>
        <translation type="vanished">Ramalan melintasi %1 %2: P50 %3 (%4), P10 %5, P90 %6; tren %7</translation>
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
        <translation>Had %1</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="303"/>
        <source>Earlier forecasts (remaining days)</source>
        <translation>Ramalan terdahulu (baki hari)</translation>
    </message>
    <message>
        <location filename="../widgets/rulpanel.cpp" line="307"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/rulpanel.cpp" line="354"/>
        <source>Earlier forecasts (remaining days); %n without a crossing</source>
        <translation>
            <numerusform>Ramalan terdahulu (baki hari); %n tanpa lintasan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="32"/>
        <source>Browse...</source>
        <translation>Semak imbas...</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="45"/>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="51"/>
        <source>Default: the per-user data folder</source>
        <translation>Lalai: folder data bagi setiap pengguna</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>&amp;Data folder:</source>
        <translation>Folder &amp;data:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="55"/>
        <source>Empty: the built-in demo fleet</source>
        <translation>Kosong: armada demo terbina dalam</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>&amp;Configuration folder:</source>
        <translation>Folder &amp;konfigurasi:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="56"/>
        <source>Configuration folder</source>
        <translation>Folder konfigurasi</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="64"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="65"/>
        <source>A new language takes effect when TurboPredict is started again.</source>
        <translation>Bahasa baharu berkuat kuasa apabila TurboPredict dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="70"/>
        <source>Light grey (ISA-101)</source>
        <translation>Kelabu cerah (ISA-101)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="71"/>
        <source>Dark control room</source>
        <translation>Bilik kawalan gelap</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="73"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="76"/>
        <source>Each unit&apos;s plant zone</source>
        <translation>Zon waktu loji setiap unit</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="77"/>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Zon waktu komputer ini (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="78"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="80"/>
        <source>Show times &amp;in:</source>
        <translation>Tunjukkan masa &amp;ikut:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Ask for the operator&apos;s name at every acknowledgement (shared login)</source>
        <translation>Minta nama operator pada setiap pengakuan (log masuk dikongsi)</translation>
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
        <translation>Tem&amp;poh tren lalai:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="93"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>Live trends &amp;refresh every:</source>
        <translation>Tren langsung &amp;disegar setiap:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="100"/>
        <source>Handover report &amp;covers the last:</source>
        <translation>Laporan serah tugas &amp;meliputi tempoh terakhir:</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>Severity</source>
        <translation>Keterukan</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="104"/>
        <source>Problem in the configuration</source>
        <translation>Masalah dalam konfigurasi</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="118"/>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="125"/>
        <source>Valid: %n unit(s).</source>
        <translation>
            <numerusform>Sah: %n unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/settingsdialog.cpp" line="126"/>
        <source>Not usable: %n error(s), listed below.</source>
        <translation>
            <numerusform>Tidak boleh digunakan: %n ralat, disenaraikan di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="144"/>
        <source>Checking the configuration...</source>
        <translation>Menyemak konfigurasi...</translation>
    </message>
</context>
<context>
    <name>tp::TagTableModel</name>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="84"/>
        <source>stale</source>
        <translation>usang</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="85"/>
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="94"/>
        <source>at %1</source>
        <translation>pada %1</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="143"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="144"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="145"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="146"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="147"/>
        <source>Quality</source>
        <translation>Kualiti</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="148"/>
        <source>Alarm</source>
        <translation>Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/tagtablemodel.cpp" line="149"/>
        <source>Indicators</source>
        <translation>Penunjuk</translation>
    </message>
</context>
<context>
    <name>tp::TimeAxis</name>
    <message>
        <location filename="../widgets/timeaxis.cpp" line="112"/>
        <source>Time (UTC)</source>
        <translation>Masa (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/timeaxis.cpp" line="113"/>
        <source>Time (%1, %2)</source>
        <translation>Masa (%1, %2)</translation>
    </message>
</context>
<context>
    <name>tp::TrendChart</name>
    <message>
        <location filename="../widgets/trendchart.cpp" line="120"/>
        <location filename="../widgets/trendchart.cpp" line="429"/>
        <source>Check tags in the list to trend them</source>
        <translation>Tandakan tag dalam senarai untuk memaparkan trennya</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="vanished">(tiada unit)</translation>
    </message>
    <message>
        <source>%1 (no data in range)</source>
        <translation type="vanished">%1 (tiada data dalam julat)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="538"/>
        <source>%1 normal band</source>
        <translation>Jalur normal %1</translation>
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
        <translation>Tidak beroperasi</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="628"/>
        <source>Bad quality</source>
        <translation>Kualiti buruk</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="vanished">Anotasi</translation>
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
        <translation type="vanished">%1 garis putus-putus: %2</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="658"/>
        <source>hatched: not running</source>
        <translation>berlorek: tidak beroperasi</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="660"/>
        <source>red marks: bad quality</source>
        <translation>tanda merah: kualiti buruk</translation>
    </message>
    <message>
        <source>squares: annotations</source>
        <translation type="vanished">segi empat: anotasi</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="853"/>
        <source>%1: no data</source>
        <translation>%1: tiada data</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="856"/>
        <source>%1: bad quality</source>
        <translation>%1: kualiti buruk</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="868"/>
        <source>%1: %2 (good)</source>
        <translation>%1: %2 (baik)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="830"/>
        <source>Explain %1</source>
        <translation>Terangkan %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="434"/>
        <source>No data between %1 and %2; the newest sample is from %3.</source>
        <translation>Tiada data antara %1 dan %2; sampel terbaharu adalah dari %3.</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="437"/>
        <source>No data between %1 and %2; nothing is stored for these tags yet.</source>
        <translation>Tiada data antara %1 dan %2; belum ada data disimpan untuk tag ini.</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="519"/>
        <source>no data in this range; newest sample %1</source>
        <translation>tiada data dalam julat ini; sampel terbaharu %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="520"/>
        <source>nothing stored yet</source>
        <translation>belum ada data disimpan</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="542"/>
        <source>shaded: normal %1 - %2</source>
        <translation>berbayang: normal %1 - %2</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="602"/>
        <source>%1: values above %2 are off the chart (start-up spikes); the crosshair shows them</source>
        <translation>%1: nilai melebihi %2 berada di luar carta (lonjakan semasa permulaan); garis silang menunjukkannya</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="613"/>
        <source>%1 (above the chart)</source>
        <translation>%1 (di atas carta)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="614"/>
        <source>%1 (below the chart)</source>
        <translation>%1 (di bawah carta)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="636"/>
        <location filename="../widgets/trendchart.cpp" line="644"/>
        <source>Annotation</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="648"/>
        <source>Annotation %1, %2:
%3</source>
        <translation>Anotasi %1, %2:
%3</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="656"/>
        <source>dashed: %1</source>
        <translation>garis putus-putus: %1</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="662"/>
        <source>flags: annotations (hover to read)</source>
        <translation>bendera: anotasi (halakan tetikus untuk membaca)</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="831"/>
        <source>Add annotation at %1...</source>
        <translation>Tambah anotasi pada %1...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="833"/>
        <source>Reset zoom</source>
        <translation>Set semula zum</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="834"/>
        <source>Export visible range to CSV...</source>
        <translation>Eksport julat yang kelihatan ke CSV...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="835"/>
        <source>Save chart as PNG...</source>
        <translation>Simpan carta sebagai PNG...</translation>
    </message>
    <message>
        <location filename="../widgets/trendchart.cpp" line="956"/>
        <source>%1 %2 - %3 - %4 to %5 (%6)</source>
        <translation>%1 %2 - %3 - %4 hingga %5 (%6)</translation>
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
        <translation>Buka tab %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="52"/>
        <source>Health index, 0-100</source>
        <translation>Indeks kesihatan, 0-100</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="54"/>
        <location filename="../widgets/fleetoverview.cpp" line="93"/>
        <source>No model yet</source>
        <translation>Belum ada model</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="60"/>
        <location filename="../widgets/fleetoverview.cpp" line="102"/>
        <source>No standing alarm</source>
        <translation>Tiada penggera semasa</translation>
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
        <translation>Kesihatan: %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="95"/>
        <source>Mode: %1</source>
        <translation>Mod: %1</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="99"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="124"/>
        <source>%1, refreshed %2</source>
        <translation>%1, disegar semula %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 standing, %4 unacknowledged)</source>
        <translation type="vanished">%1 %2 (%3 semasa, %4 belum diakui)</translation>
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
            <numerusform>%n semasa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/fleetoverview.cpp" line="112"/>
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n belum diakui</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="120"/>
        <source>RUL of %1: %2</source>
        <translation>RUL %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="123"/>
        <source>RUL: no forecast yet</source>
        <translation>RUL: belum ada ramalan</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="123"/>
        <source>RUL: %1</source>
        <translation>RUL: %1</translation>
    </message>
    <message>
        <source>Data age %1, refreshed %2</source>
        <translation type="vanished">Umur data %1, disegar semula %2</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="vanished">(tiada data)</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="126"/>
        <source>%1 ago</source>
        <translation>%1 yang lalu</translation>
    </message>
    <message>
        <location filename="../widgets/fleetoverview.cpp" line="127"/>
        <source>not yet</source>
        <translation>belum</translation>
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
        <translation>Kesihatan %1, %2, %3</translation>
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
        <translation>&amp;Import fail eksport...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="92"/>
        <source>%1 belongs to the remote site %2: its exports are imported there.</source>
        <translation>%1 milik tapak jauh %2: fail eksportnya diimport di sana.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="102"/>
        <source>Search tags (name or description)</source>
        <translation>Cari tag (nama atau keterangan)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="107"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="110"/>
        <source>In alarm only</source>
        <translation>Dalam penggera sahaja</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="131"/>
        <source>Check tags to trend them.</source>
        <translation>Tandakan tag untuk memaparkan trennya.</translation>
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
        <translation>1 thn</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="149"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="162"/>
        <source>Custom...</source>
        <translation>Tersuai...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="164"/>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="166"/>
        <source>Follow the newest data</source>
        <translation>Ikut data terbaharu</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="169"/>
        <source>Reset zoom</source>
        <translation>Set semula zum</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="174"/>
        <source>A pane per unit of measure</source>
        <translation>Satu panel bagi setiap unit ukuran</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="175"/>
        <source>A pane per tag</source>
        <translation>Satu panel bagi setiap tag</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="177"/>
        <source>Wheel: zoom, drag: zoom to range, Ctrl+drag: pan, right-click: annotate</source>
        <translation>Roda: zum, seret: zum ke julat, Ctrl+seret: anjak, klik kanan: anotasi</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="188"/>
        <source>&amp;Trend</source>
        <translation>&amp;Tren</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="207"/>
        <source>Custom time range</source>
        <translation>Julat masa tersuai</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="222"/>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="223"/>
        <source>To:</source>
        <translation>Hingga:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="67"/>
        <location filename="../widgets/unittab.cpp" line="240"/>
        <source>Export trend to CSV</source>
        <translation>Eksport tren ke CSV</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="63"/>
        <source>The annotation was not stored: %1</source>
        <translation>Anotasi tidak disimpan: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="67"/>
        <source>The export was not written: %1</source>
        <translation>Fail eksport tidak ditulis: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>%1 of %2 was refused: %3</source>
        <translation>%1 bagi %2 ditolak: %3</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>Shelving</source>
        <translation>Penangguhan</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="73"/>
        <source>Acknowledgement</source>
        <translation>Pengakuan</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="224"/>
        <source>Times in %1</source>
        <translation>Masa dalam %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="241"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="246"/>
        <location filename="../widgets/unittab.cpp" line="250"/>
        <source>Save chart as PNG</source>
        <translation>Simpan carta sebagai PNG</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="247"/>
        <source>PNG images (*.png)</source>
        <translation>Imej PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="250"/>
        <source>Could not write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="255"/>
        <source>&amp;Health</source>
        <translation>&amp;Kesihatan</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="257"/>
        <source>&amp;Remaining life</source>
        <translation>&amp;Hayat berbaki</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="264"/>
        <source>&amp;Acknowledge...</source>
        <translation>&amp;Akui...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="266"/>
        <source>&amp;Shelve...</source>
        <translation>Ta&amp;ngguhkan...</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="287"/>
        <source>Journal</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="293"/>
        <source>A&amp;larms</source>
        <translation>&amp;Penggera</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="305"/>
        <source>Alarms of a remote unit are shelved at its site.</source>
        <translation>Penggera unit jauh hanya boleh ditangguhkan di tapaknya.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="336"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="338"/>
        <source>Health %1 (%2)</source>
        <translation>Kesihatan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="339"/>
        <source>No health index yet</source>
        <translation>Belum ada indeks kesihatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/unittab.cpp" line="342"/>
        <source>%n standing alarm(s)</source>
        <translation>
            <numerusform>%n penggera semasa</numerusform>
        </translation>
    </message>
    <message>
        <source>data age %1</source>
        <translation type="vanished">umur data %1</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="vanished">(tiada data)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="346"/>
        <source>Offline: %1</source>
        <translation>Luar talian: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="348"/>
        <source>Error: %1</source>
        <translation>Ralat: %1</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="357"/>
        <source>A&amp;larms (%1 unack.)</source>
        <translation>&amp;Penggera (%1 belum diakui)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="358"/>
        <source>A&amp;larms (%1)</source>
        <translation>&amp;Penggera (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="72"/>
        <location filename="../widgets/unittab.cpp" line="399"/>
        <source>Shelve alarm</source>
        <translation>Tangguhkan penggera</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="72"/>
        <location filename="../widgets/unittab.cpp" line="399"/>
        <source>Acknowledge alarm</source>
        <translation>Akui penggera</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="400"/>
        <source>Reason for shelving (8 hours):</source>
        <translation>Sebab penangguhan (8 jam):</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="400"/>
        <source>Comment (optional):</source>
        <translation>Ulasan (pilihan):</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="63"/>
        <location filename="../widgets/unittab.cpp" line="439"/>
        <source>Add annotation</source>
        <translation>Tambah anotasi</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="440"/>
        <source>Note at %1:</source>
        <translation>Nota pada %1:</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="513"/>
        <source>More than %1 rows in this range: narrow it, or use &quot;turbopredictd export&quot;.</source>
        <translation>Lebih daripada %1 baris dalam julat ini: sempitkan julat, atau guna &quot;turbopredictd export&quot;.</translation>
    </message>
    <message>
        <location filename="../widgets/unittab.cpp" line="516"/>
        <location filename="../widgets/unittab.cpp" line="530"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
