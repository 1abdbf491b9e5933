<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>tp::Cli</name>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="38"/>
        <source>Validate the fleet configuration and print a summary</source>
        <translation>Validasi konfigurasi armada dan cetak ringkasan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="41"/>
        <source>Write the built-in demo fleet as editable YAML files</source>
        <translation>Tulis armada demo internal sebagai file YAML yang dapat disunting</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="43"/>
        <source>Run an integrity check on a unit&apos;s SQLite store</source>
        <translation>Jalankan pemeriksaan integritas pada penyimpanan data SQLite suatu unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="45"/>
        <source>Import historian exports (.xlsx, .csv) into a unit&apos;s store</source>
        <translation>Impor file ekspor historian (.xlsx, .csv) ke penyimpanan data unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="48"/>
        <source>Write stored samples as CSV (time,tag,value,quality)</source>
        <translation>Tulis sampel tersimpan sebagai CSV (time,tag,value,quality)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="50"/>
        <source>Run the fleet without HTTP; print a status line per unit per minute</source>
        <translation>Jalankan armada tanpa HTTP; cetak satu baris status per unit per menit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="53"/>
        <source>Print each unit&apos;s state from its store</source>
        <translation>Cetak status setiap unit dari penyimpanan datanya</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="66"/>
        <source>Usage: turbopredictd &lt;command&gt; [options]</source>
        <translation>Penggunaan: turbopredictd &lt;perintah&gt; [opsi]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="67"/>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="72"/>
        <source>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</source>
        <translation>Setiap perintah menerima --config DIR (bawaan: armada demo internal), --data DIR (bawaan: %1) dan --help.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="95"/>
        <source>turbopredictd: unknown command &quot;%1&quot;</source>
        <translation>turbopredictd: perintah tidak dikenal &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="102"/>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="105"/>
        <source>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</source>
        <translation>Folder konfigurasi berisi global.yml dan units/ (bawaan: armada demo internal).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="106"/>
        <location filename="../app/turbopredictd/cli.cpp" line="111"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="109"/>
        <source>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</source>
        <translation>Folder data berisi units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (bawaan: %1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="112"/>
        <source>Unit id, e.g. K-12-01.</source>
        <translation>ID unit, mis. K-12-01.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="113"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="115"/>
        <source>Sheet to read (default: the unit&apos;s source.sheet, else the first).</source>
        <translation>Sheet yang dibaca (bawaan: source.sheet unit, jika tidak ada, sheet pertama).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="116"/>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="118"/>
        <source>Layout: auto (default), sampled or compressed.</source>
        <translation>Tata letak: auto (bawaan), sampled atau compressed.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="119"/>
        <source>LAYOUT</source>
        <translation>TATALETAK</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="120"/>
        <source>Comma-separated tag names (default: all).</source>
        <translation>Nama tag dipisahkan koma (bawaan: semua).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="121"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="123"/>
        <source>Start time, ISO 8601; UTC unless it names a zone (default: the beginning).</source>
        <translation>Waktu mulai, ISO 8601; UTC kecuali zona disebutkan (bawaan: dari awal).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="124"/>
        <location filename="../app/turbopredictd/cli.cpp" line="126"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="125"/>
        <source>End time (exclusive), as --from (default: the end).</source>
        <translation>Waktu akhir (eksklusif), format seperti --from (bawaan: sampai akhir).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="127"/>
        <source>File to write (default: standard output).</source>
        <translation>File tujuan (bawaan: output standar).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="128"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="130"/>
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation>Jalankan jam N kali lebih cepat dari waktu nyata (bawaan: 1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="131"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="133"/>
        <source>Stop after this long, e.g. 10m (default: until interrupted).</source>
        <translation>Berhenti setelah durasi ini, mis. 10m (bawaan: sampai diinterupsi).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="134"/>
        <location filename="../app/turbopredictd/cli.cpp" line="137"/>
        <source>DURATION</source>
        <translation>DURASI</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="136"/>
        <source>Print the status lines this often (default: 1m).</source>
        <translation>Interval pencetakan baris status (bawaan: 1m).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="144"/>
        <source>Folder to write the files into.</source>
        <translation>Folder tujuan penulisan file.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="149"/>
        <source>Export files to import (default: the unit&apos;s source: its file, or the new files of its folder).</source>
        <translation>File ekspor yang akan diimpor (bawaan: sumber unit: file-nya, atau file baru di foldernya).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="150"/>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="168"/>
        <source>Run &quot;turbopredictd %1 --help&quot; for its options.</source>
        <translation>Jalankan &quot;turbopredictd %1 --help&quot; untuk melihat opsinya.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="172"/>
        <source>Usage: turbopredictd %1 %2</source>
        <translation>Penggunaan: turbopredictd %1 %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="188"/>
        <source>turbopredictd run: --sim-speed must be a number above 0</source>
        <translation>turbopredictd run: --sim-speed harus berupa angka di atas 0</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="195"/>
        <location filename="../app/turbopredictd/cli.cpp" line="203"/>
        <source>turbopredictd run: &quot;%1&quot; is not a duration (use 30s, 5m, 1h)</source>
        <translation>turbopredictd run: &quot;%1&quot; bukan durasi (gunakan 30s, 5m, 1h)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="214"/>
        <source>turbopredictd check-store: --unit ID is required</source>
        <translation>turbopredictd check-store: --unit ID diperlukan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="221"/>
        <source>turbopredictd %1: --unit ID is required</source>
        <translation>turbopredictd %1: --unit ID diperlukan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="227"/>
        <source>turbopredictd import: --layout must be auto, sampled or compressed</source>
        <translation>turbopredictd import: --layout harus auto, sampled atau compressed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="253"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="254"/>
        <location filename="../app/turbopredictd/cli.cpp" line="265"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="261"/>
        <source>Configuration %1: %n unit(s)</source>
        <translation>
            <numerusform>Konfigurasi %1: %n unit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="262"/>
        <source>(built-in demo fleet)</source>
        <translation>(armada demo internal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="264"/>
        <location filename="../app/turbopredictd/cli.cpp" line="273"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="285"/>
        <source>turbopredictd init-config: give exactly one folder</source>
        <translation>turbopredictd init-config: berikan tepat satu folder</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="290"/>
        <source>turbopredictd init-config: %1</source>
        <translation>turbopredictd init-config: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="293"/>
        <source>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</source>
        <translation>Armada demo ditulis ke %1; periksa dengan: turbopredictd check-config --config %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="309"/>
        <source>turbopredictd check-store: no unit &quot;%1&quot; in the configuration</source>
        <translation>turbopredictd check-store: tidak ada unit &quot;%1&quot; dalam konfigurasi</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="315"/>
        <source>turbopredictd check-store: unit %1 has no store yet (%2)</source>
        <translation>turbopredictd check-store: unit %1 belum memiliki penyimpanan data (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="322"/>
        <location filename="../app/turbopredictd/cli.cpp" line="327"/>
        <source>turbopredictd check-store: %1</source>
        <translation>turbopredictd check-store: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="331"/>
        <source>%1: ok (schema %2, %n sample(s))</source>
        <translation>
            <numerusform>%1: ok (skema %2, %n sampel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="338"/>
        <source>%1: the integrity check found problems:</source>
        <translation>%1: pemeriksaan integritas menemukan masalah:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="371"/>
        <source>turbopredictd: no unit &quot;%1&quot; in the configuration</source>
        <translation>turbopredictd: tidak ada unit &quot;%1&quot; dalam konfigurasi</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="381"/>
        <source>turbopredictd: %1</source>
        <translation>turbopredictd: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="409"/>
        <source>%1: no new or changed files</source>
        <translation>%1: tidak ada file baru atau yang berubah</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="412"/>
        <source>turbopredictd import: unit %1 has a %2 source; give the files to import</source>
        <translation>turbopredictd import: unit %1 memiliki sumber %2; berikan file yang akan diimpor</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="430"/>
        <source>%1: %2% (%n row(s))</source>
        <translation>
            <numerusform>%1: %2% (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="444"/>
        <source>turbopredictd import: %1</source>
        <translation>turbopredictd import: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="444"/>
        <source>%1: cancelled</source>
        <translation>%1: dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="447"/>
        <source>%1%2: %3 layout, %n row(s)</source>
        <translation>
            <numerusform>%1%2: tata letak %3, %n baris</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="449"/>
        <source>%1 values: %2 stored, %3 already stored, %4 skipped</source>
        <translation>%1 nilai: %2 disimpan, %3 sudah tersimpan, %4 dilewati</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="451"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="452"/>
        <source>tags: %1 mapped</source>
        <translation>tag: %1 dipetakan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="454"/>
        <source>unmatched columns: %1</source>
        <translation>kolom tidak cocok: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="457"/>
        <source>time range (UTC): %1 to %2</source>
        <translation>rentang waktu (UTC): %1 sampai %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="461"/>
        <source>state &quot;%1&quot;: %2</source>
        <translation>status &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="463"/>
        <source>DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)</source>
        <translation>DST: %1 waktu lokal tidak ada (dimajukan), %2 ambigu (kemunculan pertama diambil)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="467"/>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="469"/>
        <source>... and %1 more warnings</source>
        <translation>... dan %1 peringatan lainnya</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="495"/>
        <source>turbopredictd export: &quot;%1&quot; is not a time (use 2026-03-01T00:00:00Z)</source>
        <translation>turbopredictd export: &quot;%1&quot; bukan waktu yang valid (gunakan 2026-03-01T00:00:00Z)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="513"/>
        <source>turbopredictd export: unit %1 has no tag &quot;%2&quot;</source>
        <translation>turbopredictd export: unit %1 tidak memiliki tag &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="526"/>
        <source>turbopredictd export: cannot write %1: %2</source>
        <translation>turbopredictd export: tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="534"/>
        <source>turbopredictd export: %1</source>
        <translation>turbopredictd export: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="605"/>
        <source>alarms %1 (%2 unack)</source>
        <translation>alarm %1 (%2 belum akui)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="607"/>
        <source>fresh %1</source>
        <translation>terbaru %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="608"/>
        <source>stale %1</source>
        <translation>usang %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="609"/>
        <source>refreshes %1</source>
        <translation>penyegaran %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="610"/>
        <source>last %1 ms</source>
        <translation>terakhir %1 ms</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="612"/>
        <source>health %1 (%2)</source>
        <translation>kesehatan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="618"/>
        <source>RUL %1 %2/%3/%4 d</source>
        <translation>RUL %1 %2/%3/%4 d</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="621"/>
        <source>back-fill %1%</source>
        <translation>isi riwayat %1%</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="623"/>
        <source>ALARM FLOOD</source>
        <translation>BANJIR ALARM</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="625"/>
        <location filename="../app/turbopredictd/cli.cpp" line="721"/>
        <source>error: %1</source>
        <translation>kesalahan: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="641"/>
        <source>Running %n unit(s) from %1 with data in %2</source>
        <translation>
            <numerusform>Menjalankan %n unit dari %1 dengan data di %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="642"/>
        <source>the built-in demo fleet</source>
        <translation>armada demo internal</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="645"/>
        <source>(clock %1x real time)</source>
        <translation>(jam %1x waktu nyata)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="649"/>
        <source>%1: stalled (no heartbeat)</source>
        <translation>%1: macet (tidak ada heartbeat)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="653"/>
        <source>%1: recovered</source>
        <translation>%1: pulih</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="690"/>
        <source>Stopped; every store was checkpointed.</source>
        <translation>Berhenti; checkpoint telah dibuat pada setiap penyimpanan data.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="705"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="706"/>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="707"/>
        <source>newest sample</source>
        <translation>sampel terbaru</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="708"/>
        <source>age</source>
        <translation>usia</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="709"/>
        <source>alarms</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="710"/>
        <source>unacknowledged</source>
        <translation>belum diakui</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="715"/>
        <source>no store yet</source>
        <translation>belum ada penyimpanan data</translation>
    </message>
</context>
</TS>
