<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>tp::Cli</name>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="40" />
        <source>Validate the fleet configuration and print a summary</source>
        <translation>Sahkan konfigurasi armada dan cetak ringkasan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="43" />
        <source>Write the built-in demo fleet as editable YAML files</source>
        <translation>Tulis armada demo terbina dalam sebagai fail YAML yang boleh disunting</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="45" />
        <source>Run an integrity check on a unit's SQLite store</source>
        <translation>Jalankan semakan integriti pada stor data SQLite sesebuah unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="47" />
        <source>Import historian exports (.xlsx, .csv) into a unit's store</source>
        <translation>Import fail eksport historian (.xlsx, .csv) ke dalam stor data unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="50" />
        <source>Write stored samples as CSV (time,tag,value,quality)</source>
        <translation>Tulis sampel tersimpan sebagai CSV (time,tag,value,quality)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="52" />
        <source>Run the fleet without HTTP; print a status line per unit per minute</source>
        <translation>Jalankan armada tanpa HTTP; cetak satu baris status bagi setiap unit setiap minit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="55" />
        <source>Run the fleet with the HTTP API and Prometheus metrics</source>
        <translation>Jalankan armada dengan API HTTP dan metrik Prometheus</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="57" />
        <source>Print each unit's state from its store</source>
        <translation>Cetak keadaan setiap unit daripada stor datanya</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="70" />
        <source>Usage: turbopredictd &lt;command&gt; [options]</source>
        <translation>Penggunaan: turbopredictd &lt;arahan&gt; [pilihan]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="71" />
        <source>Commands:</source>
        <translation>Arahan:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="76" />
        <source>Every command accepts --config DIR (default: the built-in demo fleet), --data DIR (default: %1) and --help.</source>
        <translation>Setiap arahan menerima --config DIR (lalai: armada demo terbina dalam), --data DIR (lalai: %1) dan --help.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="99" />
        <source>turbopredictd: unknown command "%1"</source>
        <translation>turbopredictd: arahan tidak dikenali "%1"</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="106" />
        <source>Show this help.</source>
        <translation>Tunjukkan bantuan ini.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="109" />
        <source>Configuration folder with global.yml and units/ (default: the built-in demo fleet).</source>
        <translation>Folder konfigurasi yang mengandungi global.yml dan units/ (lalai: armada demo terbina dalam).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="110" />
        <location filename="../app/turbopredictd/cli.cpp" line="115" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="113" />
        <source>Data folder holding units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (default: %1).</source>
        <translation>Folder data yang mengandungi units/&lt;UNIT_ID&gt;/&lt;UNIT_ID&gt;.sqlite (lalai: %1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="116" />
        <source>Unit id, e.g. K-12-01.</source>
        <translation>ID unit, cth. K-12-01.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="117" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="119" />
        <source>Sheet to read (default: the unit's source.sheet, else the first).</source>
        <translation>Helaian untuk dibaca (lalai: source.sheet unit, jika tiada, helaian pertama).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="120" />
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="122" />
        <source>Layout: auto (default), sampled or compressed.</source>
        <translation>Susun atur: auto (lalai), sampled atau compressed.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="123" />
        <source>LAYOUT</source>
        <translation>SUSUNAN</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="124" />
        <source>Comma-separated tag names (default: all).</source>
        <translation>Nama tag dipisahkan dengan koma (lalai: semua).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="125" />
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="127" />
        <source>Start time, ISO 8601; UTC unless it names a zone (default: the beginning).</source>
        <translation>Masa mula, ISO 8601; UTC melainkan zon dinyatakan (lalai: dari awal).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="128" />
        <location filename="../app/turbopredictd/cli.cpp" line="130" />
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="129" />
        <source>End time (exclusive), as --from (default: the end).</source>
        <translation>Masa tamat (eksklusif), format seperti --from (lalai: hingga akhir).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="131" />
        <source>File to write (default: standard output).</source>
        <translation>Fail untuk ditulis (lalai: output standard).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="132" />
        <location filename="../app/turbopredictd/cli.cpp" line="164" />
        <location filename="../app/turbopredictd/cli.cpp" line="166" />
        <location filename="../app/turbopredictd/cli.cpp" line="167" />
        <source>FILE</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="134" />
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation>Jalankan jam N kali lebih pantas daripada masa nyata (lalai: 1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="135" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="137" />
        <source>Stop after this long, e.g. 10m (default: until interrupted).</source>
        <translation>Berhenti selepas tempoh ini, cth. 10m (lalai: sehingga diganggu).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="138" />
        <location filename="../app/turbopredictd/cli.cpp" line="141" />
        <location filename="../app/turbopredictd/cli.cpp" line="144" />
        <source>DURATION</source>
        <translation>TEMPOH</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="140" />
        <source>Simulated history to back-fill at the first start, e.g. 7d (default: each unit's configuration).</source>
        <translation>Data sejarah simulasi yang diisi semasa permulaan pertama, cth. 7d (lalai: konfigurasi setiap unit).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="143" />
        <source>Print the status lines this often (default: 1m).</source>
        <translation>Selang masa mencetak baris status (lalai: 1m).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="151" />
        <source>Folder to write the files into.</source>
        <translation>Folder untuk menulis fail.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="156" />
        <source>Export files to import (default: the unit's source: its file, or the new files of its folder).</source>
        <translation>Fail eksport untuk diimport (lalai: sumber unit: failnya, atau fail baharu dalam foldernya).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="157" />
        <source>[FILE...]</source>
        <translation>[FAIL...]</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="160" />
        <source>Address and port to listen on (default: 127.0.0.1:8080; another address must be asked for).</source>
        <translation>Alamat dan port untuk didengar (lalai: 127.0.0.1:8080; alamat lain mesti dinyatakan secara eksplisit).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="161" />
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="163" />
        <source>File holding the bearer token that POSTs need (else TP_API_TOKEN; never on the command line).</source>
        <translation>Fail yang mengandungi token bearer yang diperlukan oleh POST (jika tiada, TP_API_TOKEN; jangan sekali-kali pada baris arahan).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="165" />
        <source>Require the token for GETs too.</source>
        <translation>Wajibkan token untuk GET juga.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="166" />
        <source>TLS certificate (PEM); with --tls-key serves HTTPS.</source>
        <translation>Sijil TLS (PEM); bersama --tls-key, menyediakan HTTPS.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="167" />
        <source>TLS private key (PEM).</source>
        <translation>Kunci persendirian TLS (PEM).</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="169" />
        <source>Run only these units (comma-separated ids; default: all), e.g. one container per unit.</source>
        <translation>Jalankan unit ini sahaja (ID dipisahkan koma; lalai: semua), cth. satu bekas bagi setiap unit.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="170" />
        <source>IDS</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="196" />
        <source>Run "turbopredictd %1 --help" for its options.</source>
        <translation>Jalankan "turbopredictd %1 --help" untuk melihat pilihannya.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="200" />
        <source>Usage: turbopredictd %1 %2</source>
        <translation>Penggunaan: turbopredictd %1 %2</translation>
    </message>
    <message>
        <source>turbopredictd run: --sim-speed must be a number above 0</source>
        <translation type="vanished">turbopredictd run: --sim-speed mestilah nombor melebihi 0</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="216" />
        <source>turbopredictd %1: --sim-speed must be a number above 0</source>
        <translation>turbopredictd %1: --sim-speed mestilah nombor melebihi 0</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="223" />
        <location filename="../app/turbopredictd/cli.cpp" line="232" />
        <location filename="../app/turbopredictd/cli.cpp" line="240" />
        <source>turbopredictd run: "%1" is not a duration (use 30s, 5m, 1h)</source>
        <translation>turbopredictd run: "%1" bukan tempoh (guna 30s, 5m, 1h)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="257" />
        <source>turbopredictd serve: --listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080</source>
        <translation>turbopredictd serve: --listen mestilah ADDRESS:PORT, cth. 127.0.0.1:8080 atau 0.0.0.0:8080</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="264" />
        <source>turbopredictd serve: %1: %2</source>
        <translation>turbopredictd serve: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="275" />
        <source>turbopredictd serve: --tls-cert and --tls-key go together</source>
        <translation>turbopredictd serve: --tls-cert dan --tls-key mesti digunakan bersama</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="286" />
        <source>turbopredictd check-store: --unit ID is required</source>
        <translation>turbopredictd check-store: --unit ID diperlukan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="293" />
        <source>turbopredictd %1: --unit ID is required</source>
        <translation>turbopredictd %1: --unit ID diperlukan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="299" />
        <source>turbopredictd import: --layout must be auto, sampled or compressed</source>
        <translation>turbopredictd import: --layout mestilah auto, sampled atau compressed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="325" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ralat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="326" />
        <location filename="../app/turbopredictd/cli.cpp" line="337" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n amaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="333" />
        <source>Configuration %1: %n unit(s)</source>
        <translation>
            <numerusform>Konfigurasi %1: %n unit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="334" />
        <source>(built-in demo fleet)</source>
        <translation>(armada demo terbina dalam)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="336" />
        <location filename="../app/turbopredictd/cli.cpp" line="345" />
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="357" />
        <source>turbopredictd init-config: give exactly one folder</source>
        <translation>turbopredictd init-config: nyatakan tepat satu folder</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="362" />
        <source>turbopredictd init-config: %1</source>
        <translation>turbopredictd init-config: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="365" />
        <source>Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1</source>
        <translation>Armada demo ditulis ke %1; semak dengan: turbopredictd check-config --config %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="381" />
        <source>turbopredictd check-store: no unit "%1" in the configuration</source>
        <translation>turbopredictd check-store: tiada unit "%1" dalam konfigurasi</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="387" />
        <source>turbopredictd check-store: unit %1 has no store yet (%2)</source>
        <translation>turbopredictd check-store: unit %1 belum mempunyai stor data (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="394" />
        <location filename="../app/turbopredictd/cli.cpp" line="399" />
        <source>turbopredictd check-store: %1</source>
        <translation>turbopredictd check-store: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="403" />
        <source>%1: ok (schema %2, %n sample(s))</source>
        <translation>
            <numerusform>%1: ok (skema %2, %n sampel)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="410" />
        <source>%1: the integrity check found problems:</source>
        <translation>%1: semakan integriti menemui masalah:</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="443" />
        <source>turbopredictd: no unit "%1" in the configuration</source>
        <translation>turbopredictd: tiada unit "%1" dalam konfigurasi</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="453" />
        <source>turbopredictd: %1</source>
        <translation>turbopredictd: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="481" />
        <source>%1: no new or changed files</source>
        <translation>%1: tiada fail baharu atau yang berubah</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="484" />
        <source>turbopredictd import: unit %1 has a %2 source; give the files to import</source>
        <translation>turbopredictd import: unit %1 mempunyai sumber %2; nyatakan fail untuk diimport</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="502" />
        <source>%1: %2% (%n row(s))</source>
        <translation>
            <numerusform>%1: %2% (%n baris)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="516" />
        <source>turbopredictd import: %1</source>
        <translation>turbopredictd import: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="516" />
        <source>%1: cancelled</source>
        <translation>%1: dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="519" />
        <source>%1%2: %3 layout, %n row(s)</source>
        <translation>
            <numerusform>%1%2: susun atur %3, %n baris</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="521" />
        <source>%1 values: %2 stored, %3 already stored, %4 skipped</source>
        <translation>%1 nilai: %2 disimpan, %3 sudah tersimpan, %4 dilangkau</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="523" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="524" />
        <source>tags: %1 mapped</source>
        <translation>tag: %1 dipetakan</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="526" />
        <source>unmatched columns: %1</source>
        <translation>lajur tidak sepadan: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="529" />
        <source>time range (UTC): %1 to %2</source>
        <translation>julat masa (UTC): %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="533" />
        <source>state "%1": %2</source>
        <translation>keadaan "%1": %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="535" />
        <source>DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)</source>
        <translation>DST: %1 waktu tempatan tidak wujud (dianjak ke hadapan), %2 taksa (kejadian pertama diambil)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="539" />
        <source>warning: %1</source>
        <translation>amaran: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="541" />
        <source>... and %1 more warnings</source>
        <translation>... dan %1 amaran lagi</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="567" />
        <source>turbopredictd export: "%1" is not a time (use 2026-03-01T00:00:00Z)</source>
        <translation>turbopredictd export: "%1" bukan masa yang sah (guna 2026-03-01T00:00:00Z)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="585" />
        <source>turbopredictd export: unit %1 has no tag "%2"</source>
        <translation>turbopredictd export: unit %1 tiada tag "%2"</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="598" />
        <source>turbopredictd export: cannot write %1: %2</source>
        <translation>turbopredictd export: tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="606" />
        <source>turbopredictd export: %1</source>
        <translation>turbopredictd export: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="677" />
        <source>alarms %1 (%2 unack)</source>
        <translation>penggera %1 (%2 belum akui)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="679" />
        <source>fresh %1</source>
        <translation>terkini %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="680" />
        <source>stale %1</source>
        <translation>usang %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="681" />
        <source>refreshes %1</source>
        <translation>segar semula %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="682" />
        <source>last %1 ms</source>
        <translation>terakhir %1 ms</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="684" />
        <source>health %1 (%2)</source>
        <translation>kesihatan %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="690" />
        <source>RUL %1 %2/%3/%4 d</source>
        <translation>RUL %1 %2/%3/%4 d</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="693" />
        <source>back-fill %1%</source>
        <translation>isi sejarah %1%</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="695" />
        <source>ALARM FLOOD</source>
        <translation>BANJIR PENGGERA</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="697" />
        <location filename="../app/turbopredictd/cli.cpp" line="823" />
        <source>error: %1</source>
        <translation>ralat: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="714" />
        <source>turbopredictd: --units: there is no unit %1 in the configuration</source>
        <translation>turbopredictd: --units: tiada unit %1 dalam konfigurasi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/turbopredictd/cli.cpp" line="725" />
        <source>Running %n unit(s) from %1 with data in %2</source>
        <translation>
            <numerusform>Menjalankan %n unit daripada %1 dengan data dalam %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="726" />
        <source>the built-in demo fleet</source>
        <translation>armada demo terbina dalam</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="729" />
        <source>(clock %1x real time)</source>
        <translation>(jam %1x masa nyata)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="733" />
        <source>%1: stalled (no heartbeat)</source>
        <translation>%1: tersekat (tiada heartbeat)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="737" />
        <source>%1: recovered</source>
        <translation>%1: pulih</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="745" />
        <source>turbopredictd serve: %1</source>
        <translation>turbopredictd serve: %1</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="748" />
        <source>Serving the API on %1%2:%3%4</source>
        <translation>Menyediakan API di %1%2:%3%4</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="752" />
        <source>(no token: POSTs are refused)</source>
        <translation>(tiada token: POST ditolak)</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="792" />
        <source>Stopped; every store was checkpointed.</source>
        <translation>Berhenti; checkpoint telah dibuat pada setiap stor data.</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="807" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="808" />
        <source>mode</source>
        <translation>mod</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="809" />
        <source>newest sample</source>
        <translation>sampel terbaharu</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="810" />
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="811" />
        <source>alarms</source>
        <translation>penggera</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="812" />
        <source>unacknowledged</source>
        <translation>belum diakui</translation>
    </message>
    <message>
        <location filename="../app/turbopredictd/cli.cpp" line="817" />
        <source>no store yet</source>
        <translation>belum ada stor data</translation>
    </message>
</context>
</TS>