<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="122"/>
        <source>%1: values in only %2 % of the baseline</source>
        <translation>%1: nilai hanya ada dalam %2 % garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="137"/>
        <source>%1: constant in the baseline</source>
        <translation>%1: malar dalam garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="147"/>
        <source>no tag has enough varying data in the baseline</source>
        <translation>tiada tag yang mempunyai data berubah-ubah yang mencukupi dalam garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="159"/>
        <source>only %1 complete running frame(s) in the baseline; at least %2 are needed</source>
        <translation>hanya %1 bingkai beroperasi yang lengkap dalam garis dasar; sekurang-kurangnya %2 diperlukan</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="177"/>
        <source>multivariate detector: %1</source>
        <translation>pengesan multivariat: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="308"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="310"/>
        <source>Watch</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="312"/>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="313"/>
        <source>Critical</source>
        <translation>Kritikal</translation>
    </message>
</context>
<context>
    <name>tp</name>
    <message>
        <source>Health index (TurboPredict)</source>
        <translation type="vanished">Indeks kesihatan (TurboPredict)</translation>
    </message>
    <message>
        <source>Multivariate anomaly index (TurboPredict; 1 = limit)</source>
        <translation type="vanished">Indeks anomali multivariat (TurboPredict; 1 = had)</translation>
    </message>
    <message>
        <source>Hotelling T^2 of the multivariate model (TurboPredict)</source>
        <translation type="vanished">T^2 Hotelling bagi model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <source>SPE (Q) of the multivariate model (TurboPredict)</source>
        <translation type="vanished">SPE (Q) bagi model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <source>a unit without an id</source>
        <translation type="vanished">unit tanpa ID</translation>
    </message>
    <message>
        <source>%1: a tag without a name</source>
        <translation type="vanished">%1: tag tanpa nama</translation>
    </message>
</context>
<context>
    <name>tp::AlarmJournal</name>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="42"/>
        <source>Raised</source>
        <translation>Tercetus</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="43"/>
        <source>Acknowledged</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="44"/>
        <source>Shelved</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="45"/>
        <source>Unshelved</source>
        <translation>Tidak lagi ditangguhkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="46"/>
        <source>Returned to normal</source>
        <translation>Kembali normal</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmjournal.cpp" line="47"/>
        <source>Cleared</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>tp::AlarmManager</name>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="44"/>
        <source>Active, unacknowledged</source>
        <translation>Aktif, belum diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="45"/>
        <source>Active, acknowledged</source>
        <translation>Aktif, diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="46"/>
        <source>Returned, unacknowledged</source>
        <translation>Kembali normal, belum diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="47"/>
        <source>Shelved</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="48"/>
        <source>Suppressed (unit not running)</source>
        <translation>Disekat (unit tidak beroperasi)</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="96"/>
        <source>%1 above %2 limit %3 %4</source>
        <translation>%1 melebihi had %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="97"/>
        <source>%1 below %2 limit %3 %4</source>
        <translation>%1 di bawah had %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="98"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="246"/>
        <source>unit %1 has no alarm %2</source>
        <translation>unit %1 tiada penggera %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="260"/>
        <source>alarm %1 is %2 and needs no acknowledgement</source>
        <translation>penggera %1 berstatus %2 dan tidak perlu diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="292"/>
        <source>a shelving must end in the future</source>
        <translation>penangguhan mesti berakhir pada masa hadapan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="297"/>
        <source>shelving needs the name of the person who shelves</source>
        <translation>penangguhan memerlukan nama orang yang menangguhkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="315"/>
        <source>alarm %1 is not shelved</source>
        <translation>penggera %1 tidak ditangguhkan</translation>
    </message>
</context>
<context>
    <name>tp::AnalysisConfig</name>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="58"/>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>mestilah nombor dari %1 hingga %2, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="72"/>
        <source>must be a duration such as 10m, 14d or 2h, not &quot;%1&quot;</source>
        <translation>mestilah tempoh seperti 10m, 14d atau 2h, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="84"/>
        <source>must be a mapping</source>
        <translation>mestilah pemetaan</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="94"/>
        <source>unknown key</source>
        <translation>kunci tidak dikenali</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="139"/>
        <source>must be a list</source>
        <translation>mestilah senarai</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="152"/>
        <source>must be letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>mesti terdiri daripada huruf, digit, &apos;_&apos;, &apos;.&apos; atau &apos;-&apos;, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="155"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; digunakan dua kali</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="160"/>
        <source>must name a file of run-to-failure trajectories</source>
        <translation>mesti menamakan fail trajektori jalan-hingga-gagal</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="169"/>
        <source>&quot;%1&quot; is not a tag of this unit</source>
        <translation>&quot;%1&quot; bukan tag unit ini</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="175"/>
        <source>must list the tags of the library&apos;s sensor columns, in order</source>
        <translation>mesti menyenaraikan tag bagi lajur sensor pustaka, mengikut urutan</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="180"/>
        <source>must be at least 1m</source>
        <translation>mesti sekurang-kurangnya 1m</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="198"/>
        <source>must be a date such as 2026-03-01 or a time such as 2026-03-01T06:00, not &quot;%1&quot;</source>
        <translation>mesti tarikh seperti 2026-03-01 atau masa seperti 2026-03-01T06:00, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="235"/>
        <source>needs stopped_below &lt;= stopped_until &lt;= running_until &lt;= running_above</source>
        <translation>memerlukan stopped_below &lt;= stopped_until &lt;= running_until &lt;= running_above</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="273"/>
        <source>must be pca, dpca, windowed_dpca or none, not &quot;%1&quot;</source>
        <translation>mestilah pca, dpca, windowed_dpca atau none, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="315"/>
        <source>&quot;%1&quot; is neither a tag of this unit nor health_index</source>
        <translation>&quot;%1&quot; bukan tag unit ini dan bukan health_index</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="327"/>
        <source>must be a number or one of the tag&apos;s configured limits (hihi, hi, lo, lolo), not &quot;%1&quot;</source>
        <translation>mestilah nombor atau salah satu had tag yang dikonfigurasi (hihi, hi, lo, lolo), bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="342"/>
        <source>say rising or falling: the limit %1 is not outside the tag&apos;s normal range</source>
        <translation>nyatakan rising atau falling: had %1 tidak berada di luar julat normal tag</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="349"/>
        <source>must be rising or falling, not &quot;%1&quot;</source>
        <translation>mestilah rising atau falling, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tp::ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="195"/>
        <source>warning: </source>
        <translation>amaran: </translation>
    </message>
</context>
<context>
    <name>tp::CsvReader</name>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="192"/>
        <location filename="../core/ingest/csvreader.cpp" line="270"/>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="203"/>
        <source>is UTF-16 encoded; save it as UTF-8 CSV</source>
        <translation>dikodkan dalam UTF-16; simpan sebagai CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="280"/>
        <source>row %1, column %2</source>
        <translation>baris %1, lajur %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="330"/>
        <source>row %1: a quoted field is not closed before the end of the file</source>
        <translation>baris %1: medan berpetik tidak ditutup sebelum akhir fail</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="323"/>
        <source>row %1 is longer than %2 MB; refused</source>
        <translation>baris %1 lebih panjang daripada %2 MB; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="379"/>
        <source>row %1 has more than 16384 columns; refused</source>
        <translation>baris %1 mempunyai lebih daripada 16384 lajur; ditolak</translation>
    </message>
</context>
<context>
    <name>tp::DataSource</name>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="160"/>
        <source>%1: the file does not exist</source>
        <translation>%1: fail tidak wujud</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="153"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: folder tidak wujud</translation>
    </message>
    <message>
        <source>remote source %1: remote sites are not supported by this version</source>
        <translation type="vanished">sumber jauh %1: tapak jauh tidak disokong oleh versi ini</translation>
    </message>
</context>
<context>
    <name>tp::Detector</name>
    <message numerus="yes">
        <location filename="../core/analysis/detector.cpp" line="78"/>
        <source>%n training sample(s) are too few for a windowed detector</source>
        <translation>
            <numerusform>%n sampel latihan terlalu sedikit untuk pengesan bertetingkap</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="118"/>
        <source>PCA, %1 components, %2 % limits</source>
        <translation>PCA, %1 komponen, had %2 %</translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="120"/>
        <source>dynamic PCA, %1 lags, %2 components, %3 % limits</source>
        <translation>PCA dinamik, %1 lag, %2 komponen, had %3 %</translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="123"/>
        <source>dynamic PCA, %1 lags, %2 components, T^2 and SPE averaged over %3 samples, %4 % limit from %5-fold cross-validation</source>
        <translation>PCA dinamik, %1 lag, %2 komponen, T^2 dan SPE dipuratakan atas %3 sampel, had %4 % daripada pengesahan silang %5 lipatan</translation>
    </message>
</context>
<context>
    <name>tp::Explanation</name>
    <message>
        <location filename="../core/runtime/explain.cpp" line="24"/>
        <source>%1 has no multivariate model yet</source>
        <translation>%1 belum mempunyai model multivariat</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="33"/>
        <source>the model&apos;s tag %1 is not in the store</source>
        <translation>tag model %1 tiada dalam stor data</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="77"/>
        <source>no values of the model&apos;s tags in the %1 minutes before this time</source>
        <translation>tiada nilai tag model dalam %1 minit sebelum masa ini</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="83"/>
        <source>the unit was not running: multivariate analysis is suspended</source>
        <translation>unit tidak beroperasi: analisis multivariat digantung</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="85"/>
        <source>too little history before this time to score it</source>
        <translation>sejarah sebelum masa ini terlalu sedikit untuk menilainya</translation>
    </message>
</context>
<context>
    <name>tp::ExportDiscovery</name>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="21"/>
        <source>%1: the file does not exist</source>
        <translation>%1: fail tidak wujud</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="35"/>
        <source>no scratch folder for reading %1: %2</source>
        <translation>tiada folder sementara untuk membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="56"/>
        <source>%1: no tag names in the header</source>
        <translation>%1: tiada nama tag dalam pengepala</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="95"/>
        <source>Written by turbopredictd discover-file from %1 (%2, %3 layout, %n data row(s)).</source>
        <translation>
            <numerusform>Ditulis oleh turbopredictd discover-file daripada %1 (%2, susun atur %3, %n baris data).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="96"/>
        <source>sheet %1</source>
        <translation>helaian %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="98"/>
        <source>No timezone was given: the file&apos;s local times were read as UTC. Set timezone to the plant&apos;s zone.</source>
        <translation>Zon waktu tidak diberikan: masa tempatan dalam fail dibaca sebagai UTC. Tetapkan timezone kepada zon waktu loji.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="120"/>
        <source>%1 to %2, %n value(s)</source>
        <translation>
            <numerusform>%1 hingga %2, %n nilai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="122"/>
        <source>, %n digital state(s)</source>
        <translation>
            <numerusform>, %n keadaan digital</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="124"/>
        <source>no values in the file</source>
        <translation>tiada nilai dalam fail</translation>
    </message>
</context>
<context>
    <name>tp::FleetConfig</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="99"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="75"/>
        <source>a unit without an id</source>
        <translation>unit tanpa ID</translation>
    </message>
    <message>
        <location filename="../core/config/configjson.cpp" line="88"/>
        <source>%1: a tag without a name</source>
        <translation>%1: tag tanpa nama</translation>
    </message>
</context>
<context>
    <name>tp::FleetConfigLoader</name>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="132"/>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="vanished">bukan YAML yang sah: %1</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="152"/>
        <source>unknown key (ignored)</source>
        <translation>kunci tidak dikenali (diabaikan)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="163"/>
        <source>must be a single value, not a list or mapping</source>
        <translation>mestilah satu nilai, bukan senarai atau pemetaan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="178"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; bukan nombor</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="188"/>
        <source>not found; using the default settings</source>
        <translation>tidak ditemui; menggunakan tetapan lalai</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="196"/>
        <source>must be a mapping of settings</source>
        <translation>mestilah pemetaan tetapan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="207"/>
        <source>must be a list of plant names</source>
        <translation>mestilah senarai nama loji</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="218"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="782"/>
        <source>&quot;%1&quot; is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)</source>
        <translation>&quot;%1&quot; bukan nama zon waktu IANA (cth. Asia/Kuala_Lumpur)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="227"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="258"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="281"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="402"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="536"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="796"/>
        <source>&quot;%1&quot; is not a duration (use 30s, 5m, 1h)</source>
        <translation>&quot;%1&quot; bukan tempoh (guna 30s, 5m, 1h)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="230"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="261"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="284"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="854"/>
        <source>must be a mapping</source>
        <translation>mestilah pemetaan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="241"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="669"/>
        <source>must be a number of samples from 1 to 1000</source>
        <translation>mestilah bilangan sampel dari 1 hingga 1000</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="249"/>
        <source>must be from 0 to 50</source>
        <translation>mestilah dari 0 hingga 50</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="274"/>
        <source>&quot;%1&quot; is not a synchronous mode (use normal or full)</source>
        <translation>&quot;%1&quot; bukan mod synchronous (guna normal atau full)</translation>
    </message>
    <message>
        <source>must be a mapping with a type (simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">mestilah pemetaan dengan jenis (simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <source>missing (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">tidak dinyatakan (guna simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source type (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">&quot;%1&quot; bukan jenis sumber (guna simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="292"/>
        <source>must be a mapping with a type (simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>mestilah pemetaan dengan jenis (simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="298"/>
        <source>missing (use simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>tidak dinyatakan (guna simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="304"/>
        <source>&quot;%1&quot; is not a source type (use simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>&quot;%1&quot; bukan jenis sumber (guna simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="340"/>
        <source>missing (a %1 source needs a path)</source>
        <translation>tidak dinyatakan (sumber %1 memerlukan laluan)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="362"/>
        <source>&quot;%1&quot; is not a layout (use auto, sampled or compressed)</source>
        <translation>&quot;%1&quot; bukan susun atur (guna auto, sampled atau compressed)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="371"/>
        <source>missing (a remote source needs the URL of a turbopredictd server)</source>
        <translation>tidak dinyatakan (sumber remote memerlukan URL pelayan turbopredictd)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="437"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; bukan URL http atau https</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="384"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; bukan nombor bulat</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="415"/>
        <source>&quot;%1&quot; is not a scenario (use %2)</source>
        <translation>&quot;%1&quot; bukan senario (guna %2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="420"/>
        <source>must be a list</source>
        <translation>mestilah senarai</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="350"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="451"/>
        <source>%1 does not exist</source>
        <translation>%1 tidak wujud</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="105"/>
        <source>a colon where no value can start: is there a colon inside a text (a tag name, a description)? Put the text in quotes, or indent the line under its key</source>
        <translation>titik bertindih di tempat nilai tidak boleh bermula: adakah terdapat titik bertindih di dalam teks (nama tag, keterangan)? Letakkan teks dalam tanda petik, atau inden baris di bawah kuncinya</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="108"/>
        <source>this line does not fit the indentation of the lines above it: indent it like its neighbours (spaces, not tabs)</source>
        <translation>inden baris ini tidak sepadan dengan baris di atasnya: inden baris ini seperti baris di sekitarnya (ruang, bukan tab)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="111"/>
        <source>a tab in the indentation: indent with spaces only</source>
        <translation>terdapat tab dalam inden: inden dengan ruang sahaja</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="113"/>
        <source>a &apos;{&apos; is not closed with &apos;}&apos;</source>
        <translation>&apos;{&apos; tidak ditutup dengan &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="115"/>
        <source>a &apos;[&apos; is not closed with &apos;]&apos;</source>
        <translation>&apos;[&apos; tidak ditutup dengan &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="117"/>
        <source>a quoted text is not closed: the closing quote is missing</source>
        <translation>teks bertanda petik tidak ditutup: tanda petik penutup tiada</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="119"/>
        <source>a backslash in a double-quoted text: write it twice (\\) or use single quotes</source>
        <translation>garis condong terbalik dalam teks bertanda petik berganda: tulis dua kali (\\) atau guna tanda petik tunggal</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="121"/>
        <source>a character YAML does not expect here (a stray quote, &apos;@&apos; or &apos;`&apos;?)</source>
        <translation>aksara yang tidak dijangka oleh YAML di sini (tanda petik tersasar, &apos;@&apos; atau &apos;`&apos;?)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="124"/>
        <source>not valid YAML at column %1: %2</source>
        <translation>bukan YAML yang sah pada lajur %1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="349"/>
        <source>%1 is not a folder (it does not exist)</source>
        <translation>%1 bukan folder (folder itu tidak wujud)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="459"/>
        <source>missing (a piwebapi source needs the PI Web API&apos;s URL, e.g. https://pi-web.plant.local/piwebapi)</source>
        <translation>tidak dinyatakan (sumber piwebapi memerlukan URL PI Web API, cth. https://pi-web.plant.local/piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="464"/>
        <source>holds a user name or password; use user and password_file</source>
        <translation>mengandungi nama pengguna atau kata laluan; guna user dan password_file</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="474"/>
        <source>a secret is never written in the configuration; put it in a file and name it with %1_file</source>
        <translation>rahsia tidak sekali-kali ditulis dalam konfigurasi; simpan dalam fail dan nyatakan fail itu dengan %1_file</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="484"/>
        <source>&quot;%1&quot; is not an authentication (use kerberos, basic, bearer or anonymous)</source>
        <translation>&quot;%1&quot; bukan kaedah pengesahan (guna kerberos, basic, bearer atau anonymous)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="496"/>
        <source>missing (basic authentication needs a user)</source>
        <translation>tidak dinyatakan (pengesahan basic memerlukan pengguna)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="501"/>
        <source>not given: the password is read from TP_PI_PASSWORD when the unit starts</source>
        <translation>tidak diberikan: kata laluan dibaca daripada TP_PI_PASSWORD apabila unit bermula</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="507"/>
        <source>missing or not a URL (bearer authentication needs the identity provider&apos;s token URL)</source>
        <translation>tidak dinyatakan atau bukan URL (pengesahan bearer memerlukan URL token penyedia identiti)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="511"/>
        <source>missing (bearer authentication needs a client id)</source>
        <translation>tidak dinyatakan (pengesahan bearer memerlukan ID klien)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="516"/>
        <source>not given: the client secret is read from TP_PI_CLIENT_SECRET when the unit starts</source>
        <translation>tidak diberikan: rahsia klien dibaca daripada TP_PI_CLIENT_SECRET apabila unit bermula</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="521"/>
        <source>&quot;%1&quot; is not a mode (use recorded or interpolated)</source>
        <translation>&quot;%1&quot; bukan mod (guna recorded atau interpolated)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="543"/>
        <source>must be whole seconds (PI interpolates in seconds), e.g. 6m or 30s</source>
        <translation>mestilah dalam saat penuh (PI menginterpolasi dalam saat), cth. 6m atau 30s</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="548"/>
        <source>used only with mode: interpolated (recorded mode reads the archived values as they are)</source>
        <translation>hanya digunakan dengan mode: interpolated (mod recorded membaca nilai yang diarkibkan sebagaimana adanya)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="554"/>
        <source>&quot;%1&quot; is not a whole number of at least 100 (the server&apos;s MaxReturnedItemsPerCall, default 150000)</source>
        <translation>&quot;%1&quot; bukan nombor bulat sekurang-kurangnya 100 (MaxReturnedItemsPerCall pelayan, lalai 150000)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="566"/>
        <source>must be a mapping of lolo, lo, hi, hihi</source>
        <translation>mestilah pemetaan lolo, lo, hi, hihi</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="593"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="675"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="760"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="773"/>
        <source>missing</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="608"/>
        <source>&quot;%1&quot; is not a priority (use critical, high, medium or low)</source>
        <translation>&quot;%1&quot; bukan keutamaan (guna critical, high, medium atau low)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="632"/>
        <source>%1 (%2) must be below %3 (%4)</source>
        <translation>%1 (%2) mestilah di bawah %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="649"/>
        <source>must be a mapping with at least a name</source>
        <translation>mestilah pemetaan dengan sekurang-kurangnya nama</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="660"/>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="689"/>
        <source>&quot;%1&quot; is not a tag kind (use flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output or other)</source>
        <translation>&quot;%1&quot; bukan jenis tag (guna flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output atau other)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="703"/>
        <source>&quot;%1&quot; is not a role (use speed or main_flow)</source>
        <translation>&quot;%1&quot; bukan peranan (guna speed atau main_flow)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="719"/>
        <source>the low end (%1) must be below the high end (%2)</source>
        <translation>hujung bawah (%1) mestilah lebih rendah daripada hujung atas (%2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="728"/>
        <source>must be a range [low, high]</source>
        <translation>mestilah julat [rendah, tinggi]</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="749"/>
        <source>must be a mapping with unit_id, plant, source and tags</source>
        <translation>mestilah pemetaan dengan unit_id, plant, source dan tags</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="763"/>
        <source>%1 is already defined in %2</source>
        <translation>%1 sudah ditakrifkan dalam %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="770"/>
        <source>&quot;%1&quot; differs from the file name; name the file %1.yml</source>
        <translation>&quot;%1&quot; berbeza daripada nama fail; namakan fail itu %1.yml</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="787"/>
        <source>missing (give the plant&apos;s IANA time zone, e.g. Asia/Kuala_Lumpur, here or under defaults in global.yml)</source>
        <translation>tidak dinyatakan (berikan zon waktu IANA loji, cth. Asia/Kuala_Lumpur, di sini atau di bawah defaults dalam global.yml)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="806"/>
        <source>&quot;%1&quot; is not a duration (use 30m, 1h, 2d)</source>
        <translation>&quot;%1&quot; bukan tempoh (guna 30m, 1h, 2d)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="812"/>
        <source>missing (every unit needs a source: simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>tidak dinyatakan (setiap unit memerlukan sumber: simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <source>missing (every unit needs a source: simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">tidak dinyatakan (setiap unit memerlukan sumber: simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="819"/>
        <source>no tags configured; the unit will have nothing to show</source>
        <translation>tiada tag dikonfigurasi; unit tidak akan memaparkan apa-apa</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="821"/>
        <source>must be a list of tags</source>
        <translation>mestilah senarai tag</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="833"/>
        <source>%1 is listed twice (first at line %2)</source>
        <translation>%1 disenaraikan dua kali (kali pertama di baris %2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="840"/>
        <source>role %1 is already given to %2</source>
        <translation>peranan %1 sudah diberikan kepada %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="870"/>
        <source>%1 does not exist (yet): the unit runs without this forecast</source>
        <translation>%1 belum wujud: unit berjalan tanpa ramalan ini</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="887"/>
        <source>is not a configuration folder (it does not exist)</source>
        <translation>bukan folder konfigurasi (folder tidak wujud)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="896"/>
        <source>folder missing: put one &lt;UNIT_ID&gt;.yml per unit in it</source>
        <translation>folder tiada: letakkan satu &lt;UNIT_ID&gt;.yml bagi setiap unit di dalamnya</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="903"/>
        <source>contains no unit files (*.yml)</source>
        <translation>tidak mengandungi fail unit (*.yml)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="959"/>
        <source>%1 already holds a configuration; choose an empty folder</source>
        <translation>%1 sudah mengandungi konfigurasi; pilih folder kosong</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="964"/>
        <source>cannot create %1</source>
        <translation>tidak dapat mencipta %1</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="975"/>
        <source>cannot read the built-in %1</source>
        <translation>tidak dapat membaca %1 terbina dalam</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="980"/>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>tp::Importer</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="116"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="129"/>
        <location filename="../core/ingest/importer.cpp" line="137"/>
        <location filename="../core/ingest/importer.cpp" line="223"/>
        <location filename="../core/ingest/importer.cpp" line="316"/>
        <location filename="../core/ingest/importer.cpp" line="540"/>
        <location filename="../core/ingest/importer.cpp" line="545"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="154"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: folder tidak wujud</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="216"/>
        <source>%1: %2: date cell has format &quot;%3&quot;</source>
        <translation>%1: %2: sel tarikh berformat &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="218"/>
        <source>%1: %2: &quot;%3&quot; is not a date and time</source>
        <translation>%1: %2: &quot;%3&quot; bukan tarikh dan masa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="225"/>
        <source>%1: no data found: no row in the first %2 starts with a date and time</source>
        <translation>%1: tiada data ditemui: tiada baris dalam %2 baris pertama yang bermula dengan tarikh dan masa</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="295"/>
        <source>%1: no column matches a tag of unit %2 (unmatched: %3)</source>
        <translation>%1: tiada lajur yang sepadan dengan tag unit %2 (tidak sepadan: %3)</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="298"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="362"/>
        <source>%1 at %2: %3 → %4</source>
        <translation>%1 pada %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="405"/>
        <source>%1: &quot;%2&quot; is not a date and time; row skipped</source>
        <translation>%1: &quot;%2&quot; bukan tarikh dan masa; baris dilangkau</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="409"/>
        <source>%1: time missing; values of this row skipped</source>
        <translation>%1: masa tiada; nilai baris ini dilangkau</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="419"/>
        <source>%1: time goes backwards (earlier than the row before)</source>
        <translation>%1: masa mundur (lebih awal daripada baris sebelumnya)</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="423"/>
        <source>%1: same time as the row before; the later row wins</source>
        <translation>%1: masa sama dengan baris sebelumnya; baris yang kemudian diguna pakai</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="450"/>
        <source>%1: &quot;%2&quot; looks like a number but is not one here; stored as a state</source>
        <translation>%1: &quot;%2&quot; kelihatan seperti nombor tetapi bukan nombor di sini; disimpan sebagai keadaan</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="459"/>
        <source>%1: a date where a value belongs; skipped</source>
        <translation>%1: tarikh di tempat nilai; dilangkau</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="550"/>
        <source>cancelled after %n row(s)</source>
        <translation>
            <numerusform>dibatalkan selepas %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="566"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... dan %n lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="567"/>
        <source>%n value(s) replaced (old → new):</source>
        <translation>
            <numerusform>%n nilai diganti (lama → baharu):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="570"/>
        <source>%n line(s) with a single field (no delimiter) skipped, line numbers: %1</source>
        <translation>
            <numerusform>%n baris dengan satu medan sahaja (tiada pembatas) dilangkau, nombor baris: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="574"/>
        <source>%n row(s) with more columns than the header skipped, line numbers: %1</source>
        <translation>
            <numerusform>%n baris dengan lajur lebih banyak daripada pengepala dilangkau, nombor baris: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="236"/>
        <source>cannot start the upgrade to schema %1: %2</source>
        <translation>tidak dapat memulakan naik taraf ke skema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="245"/>
        <source>upgrade to schema %1 failed (%2) in: %3</source>
        <translation>naik taraf ke skema %1 gagal (%2) dalam: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="253"/>
        <source>upgrade to schema %1 could not be committed: %2</source>
        <translation>naik taraf ke skema %1 tidak dapat di-commit: %2</translation>
    </message>
</context>
<context>
    <name>tp::ModeDetector</name>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="31"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="32"/>
        <source>Running</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="33"/>
        <source>Transient</source>
        <translation>Peralihan</translation>
    </message>
    <message>
        <location filename="../core/analysis/modedetector.cpp" line="34"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
</context>
<context>
    <name>tp::NumericTable</name>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="56"/>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a number</source>
        <translation>%1, baris %2, lajur %3: &quot;%4&quot; bukan nombor</translation>
    </message>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="67"/>
        <source>%1, line %2: %3 values where the first row has %4</source>
        <translation>%1, baris %2: %3 nilai sedangkan baris pertama mempunyai %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="74"/>
        <source>%1: no numbers</source>
        <translation>%1: tiada nombor</translation>
    </message>
</context>
<context>
    <name>tp::PcaModel</name>
    <message>
        <location filename="../core/analysis/pca.cpp" line="79"/>
        <source>no variables to model</source>
        <translation>tiada pemboleh ubah untuk dimodelkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/pca.cpp" line="81"/>
        <source>%n training sample(s) are too few for a PCA model</source>
        <translation>
            <numerusform>%n sampel latihan terlalu sedikit untuk model PCA</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/pca.cpp" line="83"/>
        <source>the training data contains missing or infinite values</source>
        <translation>data latihan mengandungi nilai yang hilang atau tak terhingga</translation>
    </message>
    <message>
        <location filename="../core/analysis/pca.cpp" line="102"/>
        <source>the eigen-decomposition of the covariance did not converge</source>
        <translation>penguraian eigen bagi kovarians tidak menumpu</translation>
    </message>
</context>
<context>
    <name>tp::PiDiscovery</name>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="36"/>
        <source>%1: no data server named %2 (the server has %3)</source>
        <translation>%1: tiada pelayan data bernama %2 (pelayan mempunyai %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="37"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="39"/>
        <source>%1 lists no data server</source>
        <translation>%1 tidak menyenaraikan sebarang pelayan data</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="40"/>
        <source>%1 lists %2 data servers (%3): name one</source>
        <translation>%1 menyenaraikan %2 pelayan data (%3): namakan satu</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="69"/>
        <source>%1: cancelled</source>
        <translation>%1: dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="92"/>
        <source>Written by turbopredictd discover-pi from %1 (data server %2) on %3.</source>
        <translation>Ditulis oleh turbopredictd discover-pi daripada %1 (pelayan data %2) pada %3.</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="104"/>
        <source>Digital point (state set %1): its states are stored as their codes, with their names</source>
        <translation>Titik digital (set keadaan %1): keadaannya disimpan sebagai kod, berserta namanya</translation>
    </message>
</context>
<context>
    <name>tp::PiWebApiClient</name>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="52"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="101"/>
        <source>%1: basic authentication needs a password (password_file or TP_PI_PASSWORD)</source>
        <translation>%1: pengesahan basic memerlukan kata laluan (password_file atau TP_PI_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="113"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 tidak mengandungi sijil PEM</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="253"/>
        <source>%1: the identity provider cannot be reached: %2</source>
        <translation>%1: penyedia identiti tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="257"/>
        <source>%1: the identity provider refused the client credentials (HTTP %2)</source>
        <translation>%1: penyedia identiti menolak bukti kelayakan klien (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="306"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="310"/>
        <source>%1: the server&apos;s certificate is not trusted (%2); give its CA in ca_file</source>
        <translation>%1: sijil pelayan tidak dipercayai (%2); berikan CA-nya dalam ca_file</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="316"/>
        <location filename="../core/pi/piwebapiclient.cpp" line="432"/>
        <source>%1: cancelled</source>
        <translation>%1: dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="319"/>
        <source>%1: no answer within %2 s</source>
        <translation>%1: tiada jawapan dalam masa %2 s</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="324"/>
        <source>%1: the connection broke: %2</source>
        <translation>%1: sambungan terputus: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="335"/>
        <source>%1: the answer is not complete JSON (%2 at byte %3)</source>
        <translation>%1: jawapan bukan JSON yang lengkap (%2 pada bait %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="351"/>
        <source>%1: the server reported an error (%2): %3</source>
        <translation>%1: pelayan melaporkan ralat (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="361"/>
        <source>%1: the server refused the Windows sign-on (HTTP 401); check that this user may read PI, or use basic authentication</source>
        <translation>%1: pelayan menolak log masuk Windows (HTTP 401); semak bahawa pengguna ini dibenarkan membaca PI, atau guna pengesahan basic</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="362"/>
        <source>%1: the server refused the credentials (HTTP 401); check the user name and password or token</source>
        <translation>%1: pelayan menolak bukti kelayakan (HTTP 401); semak nama pengguna dan kata laluan atau token</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="364"/>
        <source>%1: access denied (HTTP 403)%2</source>
        <translation>%1: akses ditolak (HTTP 403)%2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="366"/>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: pelayan membalas dengan HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="368"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation>%1: pelayan membalas dengan HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="536"/>
        <source>%1: the answer could not be used</source>
        <translation>%1: jawapan tidak dapat digunakan</translation>
    </message>
</context>
<context>
    <name>tp::PiWebApiSource</name>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="95"/>
        <source>no answer for this tag in the batch</source>
        <translation>tiada jawapan untuk tag ini dalam kelompok</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pi/piwebapisource.cpp" line="229"/>
        <source>%1: none of the unit&apos;s %n tag(s) is a point on %2</source>
        <translation>
            <numerusform>%1: tiada satu pun daripada %n tag unit ini ialah titik pada %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="263"/>
        <source>%1: no data server named %2 (the server lists none)</source>
        <translation>%1: tiada pelayan data bernama %2 (pelayan tidak menyenaraikan sebarang pelayan data)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="264"/>
        <source>%1: no data server named %2 (the server has %3)</source>
        <translation>%1: tiada pelayan data bernama %2 (pelayan mempunyai %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="272"/>
        <source>%1 lists no data server</source>
        <translation>%1 tidak menyenaraikan sebarang pelayan data</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="273"/>
        <source>%1 lists %2 data servers (%3): name one with data_server</source>
        <translation>%1 menyenaraikan %2 pelayan data (%3): namakan satu dengan data_server</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="337"/>
        <source>%1: no point %2 on %3 (missing or renamed); the unit&apos;s other tags go on</source>
        <translation>%1: tiada titik %2 pada %3 (hilang atau dinamakan semula); tag lain unit ini diteruskan</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="464"/>
        <source>%1: the batch answer could not be read</source>
        <translation>%1: jawapan kelompok tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="489"/>
        <source>%1: the point %2 is gone (%3); it is looked up again within the hour</source>
        <translation>%1: titik %2 sudah tiada (%3); titik itu akan dicari semula dalam tempoh sejam</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="497"/>
        <source>%1: reading %2 failed (HTTP %3): %4</source>
        <translation>%1: bacaan %2 gagal (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="555"/>
        <source>%1: the server refuses even one value per call</source>
        <translation>%1: pelayan menolak walaupun satu nilai bagi setiap panggilan</translation>
    </message>
</context>
<context>
    <name>tp::RemoteSites</name>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="91"/>
        <source>The site needs a name (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Tapak memerlukan nama (huruf, digit, &apos;-&apos;, &apos;_&apos; atau &apos;.&apos;).</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="95"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; bukan URL http atau https</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="56"/>
        <location filename="../core/runtime/remotesite.cpp" line="199"/>
        <location filename="../core/runtime/remotesite.cpp" line="241"/>
        <location filename="../core/runtime/remotesite.cpp" line="248"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="58"/>
        <source>%1: the site refused the token (%2)</source>
        <translation>%1: tapak menolak token (%2)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="60"/>
        <source>%1: the site answered %2</source>
        <translation>%1: tapak membalas dengan status %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="66"/>
        <source>%1: not a TurboPredict server (the answer is not JSON: %2)</source>
        <translation>%1: bukan pelayan TurboPredict (jawapan bukan JSON: %2)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="106"/>
        <source>%1: not a TurboPredict server (no unit list)</source>
        <translation>%1: bukan pelayan TurboPredict (tiada senarai unit)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="115"/>
        <source>%1: &quot;%2&quot; is not a unit id</source>
        <translation>%1: &quot;%2&quot; bukan ID unit</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="125"/>
        <source>%1: the configuration of %2 names another unit (%3)</source>
        <translation>%1: konfigurasi %2 menamakan unit lain (%3)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="131"/>
        <source>%1 serves no units</source>
        <translation>%1 tidak menyediakan sebarang unit</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="206"/>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %2 pada ofset %3</translation>
    </message>
</context>
<context>
    <name>tp::RemoteUnitWorker</name>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="84"/>
        <source>%1: the token file cannot be read: %2</source>
        <translation>%1: fail token tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="96"/>
        <source>Connecting to %1</source>
        <translation>Menyambung ke %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="166"/>
        <source>%1: the site refused the token (%2)</source>
        <translation>%1: tapak menolak token (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/remoteunitworker.cpp" line="169"/>
        <source>%1: no answer within %n second(s)</source>
        <translation>
            <numerusform>%1: tiada jawapan dalam masa %n saat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="173"/>
        <source>%1: the site answered %2: %3</source>
        <translation>%1: tapak membalas dengan status %2: %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="195"/>
        <source>Copying history from %1</source>
        <translation>Menyalin data sejarah dari %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="196"/>
        <source>Refreshing</source>
        <translation>Menyegar semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="206"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="231"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="241"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="266"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="297"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="319"/>
        <source>the refresh was cancelled</source>
        <translation>segar semula dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="211"/>
        <source>%1: the site&apos;s status is not JSON</source>
        <translation>%1: status tapak bukan JSON</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="429"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="434"/>
        <source>At the site: %1</source>
        <translation>Di tapak: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/remoteunitworker.cpp" line="435"/>
        <source>Mirrored: %n value(s) stored</source>
        <translation>
            <numerusform>Disalin: %n nilai disimpan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="437"/>
        <source>The site no longer has %1.</source>
        <translation>Tapak tidak lagi mempunyai %1.</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="448"/>
        <source>the site %1 cannot be reached; nothing was copied yet</source>
        <translation>tapak %1 tidak dapat dihubungi; belum ada data disalin</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="449"/>
        <source>the site %1 cannot be reached; showing the data copied until %2</source>
        <translation>tapak %1 tidak dapat dihubungi; memaparkan data yang disalin sehingga %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="479"/>
        <source>%1 is analysed at its site: retrain it there</source>
        <translation>%1 dianalisis di tapaknya: latih semula di sana</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="519"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="525"/>
        <source>Alarms of %1 are shelved at its site</source>
        <translation>Penggera %1 hanya boleh ditangguhkan di tapaknya</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="534"/>
        <source>%1 is a unit of a remote site: import its exports at the site</source>
        <translation>%1 ialah unit tapak jauh: import fail eksportnya di tapak itu</translation>
    </message>
</context>
<context>
    <name>tp::RulForecast</name>
    <message>
        <location filename="../core/analysis/trend.cpp" line="252"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="252"/>
        <source>exponential</source>
        <translation>eksponen</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="270"/>
        <source>Forecast</source>
        <translation>Ramalan</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="271"/>
        <source>No significant degradation trend</source>
        <translation>Tiada tren kemerosotan yang ketara</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="272"/>
        <source>Beyond the forecast horizon</source>
        <translation>Melepasi ufuk ramalan</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="273"/>
        <source>Already beyond the limit</source>
        <translation>Sudah melepasi had</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="274"/>
        <source>Insufficient data</source>
        <translation>Data tidak mencukupi</translation>
    </message>
</context>
<context>
    <name>tp::RulLearner</name>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="22"/>
        <source>%1: %2 columns; a C-MAPSS file has unit, cycle, 3 settings and the sensors</source>
        <translation>%1: %2 lajur; fail C-MAPSS mempunyai unit, kitaran, 3 tetapan dan sensor</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="97"/>
        <source>at least two run-to-failure trajectories are needed</source>
        <translation>sekurang-kurangnya dua trajektori run-to-failure diperlukan</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="167"/>
        <source>no sensor varies in the training runs</source>
        <translation>tiada sensor yang berubah dalam larian latihan</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="203"/>
        <source>the kernel system could not be solved</source>
        <translation>sistem kernel tidak dapat diselesaikan</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="226"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="235"/>
        <source>at least %1 run-to-failure trajectories are needed (each fold calibrates the interval)</source>
        <translation>sekurang-kurangnya %1 trajektori run-to-failure diperlukan (setiap lipatan menentukur selang)</translation>
    </message>
</context>
<context>
    <name>tp::UnitAnalyzer</name>
    <message numerus="yes">
        <location filename="../core/analysis/unitanalyzer.cpp" line="39"/>
        <source>%n tag(s) modelled</source>
        <translation>
            <numerusform>%n tag dimodelkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/unitanalyzer.cpp" line="40"/>
        <source>, trained on %n running frame(s)</source>
        <translation>
            <numerusform>, dilatih dengan %n bingkai beroperasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/unitanalyzer.cpp" line="44"/>
        <source>%n tag(s) left out</source>
        <translation>
            <numerusform>%n tag dikecualikan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::UnitController</name>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="81"/>
        <source>%1 is stopping; nothing was imported</source>
        <translation>%1 sedang berhenti; tiada apa-apa diimport</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="188"/>
        <source>Responding again</source>
        <translation>Bertindak balas semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="214"/>
        <source>Not responding for %1 s; its current work was asked to stop</source>
        <translation>Tidak bertindak balas selama %1 s; kerja semasanya diminta berhenti</translation>
    </message>
</context>
<context>
    <name>tp::UnitFileWriter</name>
    <message>
        <location filename="../core/config/unitfilewriter.cpp" line="82"/>
        <source># Every key is explained in README.md. Fill in the limits and normal ranges you know;
# `turbopredictd check-config` says what is wrong, with the line.
</source>
        <translation># Setiap kunci diterangkan dalam README.md. Isikan had dan julat normal yang anda ketahui;
# `turbopredictd check-config` menyatakan apa yang salah, berserta barisnya.
</translation>
    </message>
</context>
<context>
    <name>tp::UnitSnapshot</name>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="49"/>
        <source>Starting</source>
        <translation>Bermula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="50"/>
        <source>Back-filling history</source>
        <translation>Mengisi data sejarah</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="52"/>
        <source>Refreshing</source>
        <translation>Menyegar semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="53"/>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="54"/>
        <source>Stalled</source>
        <translation>Tersekat</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="55"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="56"/>
        <source>Offline</source>
        <translation>Luar talian</translation>
    </message>
</context>
<context>
    <name>tp::UnitStore</name>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="260"/>
        <source>the file is locked by another program; close it and try again (%1)</source>
        <translation>fail dikunci oleh program lain; tutup program itu dan cuba lagi (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="263"/>
        <source>the disk is full; nothing of this write was stored (%1)</source>
        <translation>cakera penuh; tiada apa-apa daripada penulisan ini disimpan (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="266"/>
        <source>the file is damaged or not a database; it was left untouched (%1)</source>
        <translation>fail rosak atau bukan pangkalan data; fail tidak diubah (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="269"/>
        <source>the file is read-only (%1)</source>
        <translation>fail ini baca sahaja (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="271"/>
        <source>the file cannot be opened (%1)</source>
        <translation>fail tidak dapat dibuka (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="273"/>
        <source>a disk read or write failed (%1)</source>
        <translation>bacaan atau tulisan cakera gagal (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="292"/>
        <location filename="../core/storage/unitstore.cpp" line="406"/>
        <location filename="../core/storage/unitstore.cpp" line="417"/>
        <location filename="../core/storage/unitstore.cpp" line="431"/>
        <location filename="../core/storage/unitstore.cpp" line="619"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="302"/>
        <location filename="../core/storage/unitstore.cpp" line="305"/>
        <location filename="../core/storage/unitstore.cpp" line="310"/>
        <location filename="../core/storage/unitstore.cpp" line="328"/>
        <source>%1 is not a usable unit store: %2</source>
        <translation>%1 bukan stor data unit yang boleh digunakan: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="312"/>
        <location filename="../core/storage/unitstore.cpp" line="318"/>
        <source>%1 is a SQLite database of another program, not a TurboPredict unit store; it was left untouched</source>
        <translation>%1 ialah pangkalan data SQLite milik program lain, bukan stor data unit TurboPredict; fail tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="322"/>
        <source>%1 was written by a newer TurboPredict (schema %2; this version reads up to %3); it was left untouched</source>
        <translation>%1 ditulis oleh TurboPredict yang lebih baharu (skema %2; versi ini membaca sehingga %3); fail tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="330"/>
        <source>%1 holds the data of unit %2, not %3; it was left untouched</source>
        <translation>%1 menyimpan data unit %2, bukan %3; fail tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="351"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan fail</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="353"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat mencipta folder %1</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="366"/>
        <source>the SQLite driver of Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>pemacu SQLite Qt tiada (pasang libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="371"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="389"/>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation>%1: tidak dapat beralih ke write-ahead logging: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="426"/>
        <source>the SQLite driver of Qt does not expose its connection</source>
        <translation>pemacu SQLite Qt tidak mendedahkan sambungannya</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="522"/>
        <location filename="../core/storage/unitstore.cpp" line="583"/>
        <location filename="../core/storage/unitstore.cpp" line="609"/>
        <location filename="../core/storage/unitstore.cpp" line="1025"/>
        <location filename="../core/storage/unitstore.cpp" line="1071"/>
        <location filename="../core/storage/unitstore.cpp" line="1262"/>
        <location filename="../core/storage/unitstore.cpp" line="1630"/>
        <location filename="../core/storage/unitstore.cpp" line="1694"/>
        <source>the store is not open</source>
        <translation>stor data tidak dibuka</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="542"/>
        <source>cannot store tag %1: %2</source>
        <translation>tidak dapat menyimpan tag %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="590"/>
        <source>cannot record the state &quot;%1&quot;: %2</source>
        <translation>tidak dapat merekod keadaan &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="783"/>
        <source>sample for unknown tag id %1; nothing of this write was stored</source>
        <translation>sampel bagi id tag %1 yang tidak dikenali; tiada apa-apa daripada penulisan ini disimpan</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="964"/>
        <source>%1: cannot update the rollups: %2</source>
        <translation>%1: tidak dapat mengemas kini agregat: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1268"/>
        <location filename="../core/storage/unitstore.cpp" line="1285"/>
        <location filename="../core/storage/unitstore.cpp" line="1358"/>
        <source>unit %1, import %2: %3</source>
        <translation>unit %1, import %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1291"/>
        <source>unit %1 has no import %2</source>
        <translation>unit %1 tiada import %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1295"/>
        <source>unit %1, import %2 (%3) was undone already</source>
        <translation>unit %1, import %2 (%3) sudah dibuat asal</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1297"/>
        <source>unit %1, import %2 (%3) is still running or was interrupted; it cannot be undone</source>
        <translation>unit %1, import %2 (%3) masih berjalan atau telah terganggu; ia tidak dapat dibuat asal</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1309"/>
        <source>unit %1, import %2 (%3) cannot be undone: import %4 (%5) changed some of the same values later; undo import %4 first</source>
        <translation>unit %1, import %2 (%3) tidak dapat dibuat asal: import %4 (%5) kemudiannya mengubah sebahagian nilai yang sama; buat asal import %4 dahulu</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1348"/>
        <source>undone by %1</source>
        <translation>dibuat asal oleh %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/storequery.h" line="28"/>
        <source>%1: no data stored yet</source>
        <translation>%1: belum ada data disimpan</translation>
    </message>
</context>
<context>
    <name>tp::UnitWorker</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="133"/>
        <source>Health index (TurboPredict)</source>
        <translation>Indeks kesihatan (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="141"/>
        <source>Multivariate anomaly index (TurboPredict; 1 = limit)</source>
        <translation>Indeks anomali multivariat (TurboPredict; 1 = had)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="149"/>
        <source>Hotelling T^2 of the multivariate model (TurboPredict)</source>
        <translation>T^2 Hotelling bagi model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="154"/>
        <source>SPE (Q) of the multivariate model (TurboPredict)</source>
        <translation>SPE (Q) bagi model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="95"/>
        <source>Waiting for the first refresh</source>
        <translation>Menunggu segar semula pertama</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="116"/>
        <source>%1: the library of run-to-failure trajectories does not exist</source>
        <translation>%1: pustaka trajektori jalan-hingga-gagal tidak wujud</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="120"/>
        <source>%1: sensor columns in the library: %2; rul.learned &quot;%3&quot; names %n tag(s)</source>
        <translation>
            <numerusform>%1: lajur sensor dalam pustaka: %2; rul.learned &quot;%3&quot; menamakan %n tag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="123"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="128"/>
        <source>%1: learning failed: %2</source>
        <translation>%1: pembelajaran gagal: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="150"/>
        <source>learned</source>
        <translation>dipelajari</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="171"/>
        <source>Learning from the library</source>
        <translation>Sedang belajar daripada pustaka</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="280"/>
        <source>The stored analysis model could not be read; it will be trained again</source>
        <translation>Model analisis yang disimpan tidak dapat dibaca; model akan dilatih semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="302"/>
        <source>Back-filling history</source>
        <translation>Mengisi data sejarah</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="302"/>
        <source>Refreshing</source>
        <translation>Menyegar semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="321"/>
        <source>no data source for this unit</source>
        <translation>tiada sumber data untuk unit ini</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="327"/>
        <source>the data source failed: %1</source>
        <translation>sumber data gagal: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="330"/>
        <source>the data source failed with an unknown error</source>
        <translation>sumber data gagal dengan ralat yang tidak diketahui</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="351"/>
        <source>the analysis failed: %1</source>
        <translation>analisis gagal: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="359"/>
        <source>the refresh was cancelled</source>
        <translation>segar semula dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="370"/>
        <source>Refreshed: %n value(s) stored</source>
        <translation>
            <numerusform>Disegar semula: %n nilai disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="418"/>
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Mengimport %n fail</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="623"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="625"/>
        <source>top contributors %1</source>
        <translation>penyumbang utama %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="678"/>
        <source>The analysis model uses %1, which is no longer configured; it will be trained again</source>
        <translation>Model analisis menggunakan %1 yang tidak lagi dikonfigurasi; model akan dilatih semula</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="691"/>
        <source>Model of %1 to %2: %3</source>
        <translation>Model %1 hingga %2: %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="734"/>
        <source>No analysis model yet: at most %1 sample(s) per tag, at least %2 needed</source>
        <translation>Belum ada model analisis: paling banyak %1 sampel setiap tag, sekurang-kurangnya %2 diperlukan</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="746"/>
        <source>No analysis model yet: no data</source>
        <translation>Belum ada model analisis: tiada data</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="795"/>
        <source>No analysis model yet: %1</source>
        <translation>Belum ada model analisis: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="876"/>
        <source>Health index</source>
        <translation>Indeks kesihatan</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="413"/>
        <location filename="../core/runtime/unitworker.cpp" line="952"/>
        <source>Operating mode: %1</source>
        <translation>Mod operasi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="1072"/>
        <source>an alarm can be shelved for at most %n hour(s)</source>
        <translation>
            <numerusform>penggera boleh ditangguhkan paling lama %n jam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::XlsxReader</name>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="193"/>
        <source>xl/_rels/workbook.xml.rels is damaged: %1</source>
        <translation>xl/_rels/workbook.xml.rels rosak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="213"/>
        <source>xl/workbook.xml is damaged: %1</source>
        <translation>xl/workbook.xml rosak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="215"/>
        <source>the workbook has no sheets</source>
        <translation>buku kerja tidak mempunyai helaian</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="244"/>
        <source>xl/styles.xml is damaged: %1</source>
        <translation>xl/styles.xml rosak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="266"/>
        <source>xl/sharedStrings.xml is damaged: %1</source>
        <translation>xl/sharedStrings.xml rosak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="271"/>
        <source>xl/sharedStrings.xml ends unexpectedly (truncated file?)</source>
        <translation>xl/sharedStrings.xml berakhir secara tidak dijangka (fail terpotong?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="291"/>
        <source>more than %1 shared strings; refused</source>
        <translation>lebih daripada %1 rentetan kongsi; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="294"/>
        <source>shared strings exceed %1 million characters; refused</source>
        <translation>rentetan kongsi melebihi %1 juta aksara; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="322"/>
        <source>the file does not exist</source>
        <translation>fail tidak wujud</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="324"/>
        <source>not an xlsx workbook (not a zip archive, or truncated or damaged)</source>
        <translation>bukan buku kerja xlsx (bukan arkib zip, atau terpotong atau rosak)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="326"/>
        <source>the archive has %1 parts, more than the %2 allowed; refused</source>
        <translation>arkib mempunyai %1 bahagian, melebihi %2 yang dibenarkan; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="339"/>
        <source>has no sheet &quot;%1&quot; (sheets: %2)</source>
        <translation>tiada helaian &quot;%1&quot; (helaian: %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="344"/>
        <source>sheet &quot;%1&quot; has no part in the archive</source>
        <translation>helaian &quot;%1&quot; tiada bahagian dalam arkib</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="428"/>
        <source>%1: the sheet XML is damaged at line %2: %3</source>
        <translation>%1: XML helaian rosak pada baris %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="436"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="786"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="850"/>
        <source>%1: the sheet ends unexpectedly (truncated file?)</source>
        <translation>%1: helaian berakhir secara tidak dijangka (fail terpotong?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="473"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="894"/>
        <source>%1: row %2 comes after row %3</source>
        <translation>%1: baris %2 muncul selepas baris %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="484"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="907"/>
        <source>%1: row %2 has more than %3 columns; refused</source>
        <translation>%1: baris %2 mempunyai lebih daripada %3 lajur; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="758"/>
        <source>%1: the sheet XML is damaged near row %2 (%3)</source>
        <translation>%1: XML helaian rosak berhampiran baris %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="133"/>
        <source>%1: cell refers to shared string %2, which does not exist</source>
        <translation>%1: sel merujuk kepada rentetan kongsi %2 yang tidak wujud</translation>
    </message>
</context>
<context>
    <name>tp::ZipEntryStream</name>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="36"/>
        <source>the archive has no part %1</source>
        <translation>arkib tiada bahagian %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="43"/>
        <source>part %1 cannot be read (damaged archive)</source>
        <translation>bahagian %1 tidak dapat dibaca (arkib rosak)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="51"/>
        <source>part %1: cannot start decompression</source>
        <translation>bahagian %1: tidak dapat memulakan nyahmampatan</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="56"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation>bahagian %1 menggunakan kaedah pemampatan yang tidak disokong (%2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="86"/>
        <location filename="../core/ingest/zipentrystream.cpp" line="96"/>
        <source>part %1 is truncated (the archive ends inside it)</source>
        <translation>bahagian %1 terpotong (arkib berakhir di dalamnya)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="111"/>
        <source>part %1 is damaged (%2)</source>
        <translation>bahagian %1 rosak (%2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="120"/>
        <source>part %1 inflates to more than %2 MB; refused</source>
        <translation>bahagian %1 mengembang melebihi %2 MB; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="127"/>
        <source>part %1 inflates more than %2 times its compressed size (a zip bomb?); refused</source>
        <translation>bahagian %1 mengembang lebih daripada %2 kali saiz mampatnya (bom zip?); ditolak</translation>
    </message>
</context>
</TS>
