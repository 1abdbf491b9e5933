<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="122"/>
        <source>%1: values in only %2 % of the baseline</source>
        <translation>%1: nilai hanya ada pada %2 % garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="137"/>
        <source>%1: constant in the baseline</source>
        <translation>%1: konstan pada garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="147"/>
        <source>no tag has enough varying data in the baseline</source>
        <translation>tidak ada tag dengan data bervariasi yang cukup pada garis dasar</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="159"/>
        <source>only %1 complete running frame(s) in the baseline; at least %2 are needed</source>
        <translation>hanya %1 bingkai beroperasi yang lengkap pada garis dasar; minimal %2 diperlukan</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="177"/>
        <source>multivariate detector: %1</source>
        <translation>detektor multivariat: %1</translation>
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
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../core/analysis/unitanalyzer.cpp" line="313"/>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
</context>
<context>
    <name>tp</name>
    <message>
        <source>Health index (TurboPredict)</source>
        <translation type="vanished">Indeks kesehatan (TurboPredict)</translation>
    </message>
    <message>
        <source>Multivariate anomaly index (TurboPredict; 1 = limit)</source>
        <translation type="vanished">Indeks anomali multivariat (TurboPredict; 1 = batas)</translation>
    </message>
    <message>
        <source>Hotelling T^2 of the multivariate model (TurboPredict)</source>
        <translation type="vanished">T^2 Hotelling dari model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <source>SPE (Q) of the multivariate model (TurboPredict)</source>
        <translation type="vanished">SPE (Q) dari model multivariat (TurboPredict)</translation>
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
        <translation>Terpicu</translation>
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
        <translation>Ditekan (unit tidak beroperasi)</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="96"/>
        <source>%1 above %2 limit %3 %4</source>
        <translation>%1 di atas batas %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="97"/>
        <source>%1 below %2 limit %3 %4</source>
        <translation>%1 di bawah batas %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="98"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="246"/>
        <source>unit %1 has no alarm %2</source>
        <translation>unit %1 tidak memiliki alarm %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="260"/>
        <source>alarm %1 is %2 and needs no acknowledgement</source>
        <translation>alarm %1 berstatus %2 dan tidak perlu diakui</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="292"/>
        <source>a shelving must end in the future</source>
        <translation>penangguhan harus berakhir di masa mendatang</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="297"/>
        <source>shelving needs the name of the person who shelves</source>
        <translation>penangguhan memerlukan nama orang yang menangguhkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/alarmmanager.cpp" line="315"/>
        <source>alarm %1 is not shelved</source>
        <translation>alarm %1 tidak ditangguhkan</translation>
    </message>
</context>
<context>
    <name>tp::AnalysisConfig</name>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="58"/>
        <source>must be a number from %1 to %2, not &quot;%3&quot;</source>
        <translation>harus berupa angka dari %1 sampai %2, bukan &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="72"/>
        <source>must be a duration such as 10m, 14d or 2h, not &quot;%1&quot;</source>
        <translation>harus berupa durasi seperti 10m, 14d atau 2h, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="84"/>
        <source>must be a mapping</source>
        <translation>harus berupa pemetaan</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="94"/>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="139"/>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="152"/>
        <source>must be letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>harus berupa huruf, angka, &apos;_&apos;, &apos;.&apos; atau &apos;-&apos;, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="155"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="160"/>
        <source>must name a file of run-to-failure trajectories</source>
        <translation>harus menyebut berkas trajektori jalan-hingga-gagal</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="169"/>
        <source>&quot;%1&quot; is not a tag of this unit</source>
        <translation>&quot;%1&quot; bukan tag unit ini</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="175"/>
        <source>must list the tags of the library&apos;s sensor columns, in order</source>
        <translation>harus mendaftar tag kolom sensor pustaka, berurutan</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="180"/>
        <source>must be at least 1m</source>
        <translation>harus minimal 1m</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="198"/>
        <source>must be a date such as 2026-03-01 or a time such as 2026-03-01T06:00, not &quot;%1&quot;</source>
        <translation>harus berupa tanggal seperti 2026-03-01 atau waktu seperti 2026-03-01T06:00, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="235"/>
        <source>needs stopped_below &lt;= stopped_until &lt;= running_until &lt;= running_above</source>
        <translation>memerlukan stopped_below &lt;= stopped_until &lt;= running_until &lt;= running_above</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="273"/>
        <source>must be pca, dpca, windowed_dpca or none, not &quot;%1&quot;</source>
        <translation>harus pca, dpca, windowed_dpca atau none, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="315"/>
        <source>&quot;%1&quot; is neither a tag of this unit nor health_index</source>
        <translation>&quot;%1&quot; bukan tag unit ini maupun health_index</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="327"/>
        <source>must be a number or one of the tag&apos;s configured limits (hihi, hi, lo, lolo), not &quot;%1&quot;</source>
        <translation>harus berupa angka atau salah satu batas tag yang dikonfigurasi (hihi, hi, lo, lolo), bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="342"/>
        <source>say rising or falling: the limit %1 is not outside the tag&apos;s normal range</source>
        <translation>sebutkan rising atau falling: batas %1 tidak berada di luar rentang normal tag</translation>
    </message>
    <message>
        <location filename="../core/analysis/analysisconfig.cpp" line="349"/>
        <source>must be rising or falling, not &quot;%1&quot;</source>
        <translation>harus rising atau falling, bukan &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tp::ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="195"/>
        <source>warning: </source>
        <translation>peringatan: </translation>
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
        <translation>berenkode UTF-16; simpan sebagai CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="280"/>
        <source>row %1, column %2</source>
        <translation>baris %1, kolom %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="330"/>
        <source>row %1: a quoted field is not closed before the end of the file</source>
        <translation>baris %1: field bertanda kutip tidak ditutup sebelum akhir file</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="323"/>
        <source>row %1 is longer than %2 MB; refused</source>
        <translation>baris %1 lebih panjang dari %2 MB; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/csvreader.cpp" line="379"/>
        <source>row %1 has more than 16384 columns; refused</source>
        <translation>baris %1 memiliki lebih dari 16384 kolom; ditolak</translation>
    </message>
</context>
<context>
    <name>tp::DataSource</name>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="160"/>
        <source>%1: the file does not exist</source>
        <translation>%1: file tidak ada</translation>
    </message>
    <message>
        <location filename="../core/runtime/datasource.cpp" line="153"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: folder tidak ada</translation>
    </message>
    <message>
        <source>remote source %1: remote sites are not supported by this version</source>
        <translation type="vanished">sumber jarak jauh %1: situs jarak jauh tidak didukung oleh versi ini</translation>
    </message>
</context>
<context>
    <name>tp::Detector</name>
    <message numerus="yes">
        <location filename="../core/analysis/detector.cpp" line="78"/>
        <source>%n training sample(s) are too few for a windowed detector</source>
        <translation>
            <numerusform>%n sampel pelatihan terlalu sedikit untuk detektor berjendela</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="118"/>
        <source>PCA, %1 components, %2 % limits</source>
        <translation>PCA, %1 komponen, batas %2 %</translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="120"/>
        <source>dynamic PCA, %1 lags, %2 components, %3 % limits</source>
        <translation>PCA dinamis, %1 lag, %2 komponen, batas %3 %</translation>
    </message>
    <message>
        <location filename="../core/analysis/detector.cpp" line="123"/>
        <source>dynamic PCA, %1 lags, %2 components, T^2 and SPE averaged over %3 samples, %4 % limit from %5-fold cross-validation</source>
        <translation>PCA dinamis, %1 lag, %2 komponen, T^2 dan SPE dirata-ratakan atas %3 sampel, batas %4 % dari validasi silang %5-fold</translation>
    </message>
</context>
<context>
    <name>tp::Explanation</name>
    <message>
        <location filename="../core/runtime/explain.cpp" line="24"/>
        <source>%1 has no multivariate model yet</source>
        <translation>%1 belum memiliki model multivariat</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="33"/>
        <source>the model&apos;s tag %1 is not in the store</source>
        <translation>tag model %1 tidak ada di penyimpanan data</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="77"/>
        <source>no values of the model&apos;s tags in the %1 minutes before this time</source>
        <translation>tidak ada nilai tag model dalam %1 menit sebelum waktu ini</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="83"/>
        <source>the unit was not running: multivariate analysis is suspended</source>
        <translation>unit tidak beroperasi: analisis multivariat dihentikan sementara</translation>
    </message>
    <message>
        <location filename="../core/runtime/explain.cpp" line="85"/>
        <source>too little history before this time to score it</source>
        <translation>riwayat sebelum waktu ini terlalu sedikit untuk menilainya</translation>
    </message>
</context>
<context>
    <name>tp::ExportDiscovery</name>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="21"/>
        <source>%1: the file does not exist</source>
        <translation>%1: file tidak ada</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="35"/>
        <source>no scratch folder for reading %1: %2</source>
        <translation>tidak ada folder sementara untuk membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="56"/>
        <source>%1: no tag names in the header</source>
        <translation>%1: tidak ada nama tag di header</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="95"/>
        <source>Written by turbopredictd discover-file from %1 (%2, %3 layout, %n data row(s)).</source>
        <translation>
            <numerusform>Ditulis oleh turbopredictd discover-file dari %1 (%2, tata letak %3, %n baris data).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="96"/>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="98"/>
        <source>No timezone was given: the file&apos;s local times were read as UTC. Set timezone to the plant&apos;s zone.</source>
        <translation>Zona waktu tidak diberikan: waktu lokal dalam file dibaca sebagai UTC. Atur timezone ke zona waktu pabrik.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="120"/>
        <source>%1 to %2, %n value(s)</source>
        <translation>
            <numerusform>%1 sampai %2, %n nilai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/exportdiscovery.cpp" line="122"/>
        <source>, %n digital state(s)</source>
        <translation>
            <numerusform>, %n status digital</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ingest/exportdiscovery.cpp" line="124"/>
        <source>no values in the file</source>
        <translation>tidak ada nilai dalam file</translation>
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
        <translation type="vanished">bukan YAML yang valid: %1</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="152"/>
        <source>unknown key (ignored)</source>
        <translation>kunci tidak dikenal (diabaikan)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="163"/>
        <source>must be a single value, not a list or mapping</source>
        <translation>harus berupa satu nilai, bukan daftar atau pemetaan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="178"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; bukan angka</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="188"/>
        <source>not found; using the default settings</source>
        <translation>tidak ditemukan; menggunakan pengaturan bawaan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="196"/>
        <source>must be a mapping of settings</source>
        <translation>harus berupa pemetaan pengaturan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="207"/>
        <source>must be a list of plant names</source>
        <translation>harus berupa daftar nama pabrik</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="218"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="782"/>
        <source>&quot;%1&quot; is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)</source>
        <translation>&quot;%1&quot; bukan nama zona waktu IANA (mis. Asia/Kuala_Lumpur)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="227"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="258"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="281"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="402"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="536"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="796"/>
        <source>&quot;%1&quot; is not a duration (use 30s, 5m, 1h)</source>
        <translation>&quot;%1&quot; bukan durasi (gunakan 30s, 5m, 1h)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="230"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="261"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="284"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="854"/>
        <source>must be a mapping</source>
        <translation>harus berupa pemetaan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="241"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="669"/>
        <source>must be a number of samples from 1 to 1000</source>
        <translation>harus berupa jumlah sampel dari 1 sampai 1000</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="249"/>
        <source>must be from 0 to 50</source>
        <translation>harus dari 0 sampai 50</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="274"/>
        <source>&quot;%1&quot; is not a synchronous mode (use normal or full)</source>
        <translation>&quot;%1&quot; bukan mode synchronous (gunakan normal atau full)</translation>
    </message>
    <message>
        <source>must be a mapping with a type (simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">harus berupa pemetaan dengan tipe (simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <source>missing (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">tidak ditentukan (gunakan simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source type (use simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">&quot;%1&quot; bukan tipe sumber (gunakan simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="292"/>
        <source>must be a mapping with a type (simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>harus berupa pemetaan dengan tipe (simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="298"/>
        <source>missing (use simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>tidak ditentukan (gunakan simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="304"/>
        <source>&quot;%1&quot; is not a source type (use simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>&quot;%1&quot; bukan tipe sumber (gunakan simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="340"/>
        <source>missing (a %1 source needs a path)</source>
        <translation>tidak ditentukan (sumber %1 memerlukan path)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="362"/>
        <source>&quot;%1&quot; is not a layout (use auto, sampled or compressed)</source>
        <translation>&quot;%1&quot; bukan tata letak (gunakan auto, sampled atau compressed)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="371"/>
        <source>missing (a remote source needs the URL of a turbopredictd server)</source>
        <translation>tidak ditentukan (sumber remote memerlukan URL server turbopredictd)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="437"/>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; bukan URL http atau https</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="384"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; bukan bilangan bulat</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="415"/>
        <source>&quot;%1&quot; is not a scenario (use %2)</source>
        <translation>&quot;%1&quot; bukan skenario (gunakan %2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="420"/>
        <source>must be a list</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="350"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="451"/>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="105"/>
        <source>a colon where no value can start: is there a colon inside a text (a tag name, a description)? Put the text in quotes, or indent the line under its key</source>
        <translation>titik dua di tempat nilai tidak dapat dimulai: apakah ada titik dua di dalam teks (nama tag, deskripsi)? Beri tanda kutip pada teks, atau indentasikan baris di bawah kuncinya</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="108"/>
        <source>this line does not fit the indentation of the lines above it: indent it like its neighbours (spaces, not tabs)</source>
        <translation>indentasi baris ini tidak sesuai dengan baris di atasnya: indentasikan seperti baris di sekitarnya (spasi, bukan tab)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="111"/>
        <source>a tab in the indentation: indent with spaces only</source>
        <translation>ada tab di indentasi: indentasikan hanya dengan spasi</translation>
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
        <translation>teks bertanda kutip tidak ditutup: tanda kutip penutup tidak ada</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="119"/>
        <source>a backslash in a double-quoted text: write it twice (\\) or use single quotes</source>
        <translation>garis miring terbalik dalam teks bertanda kutip ganda: tulis dua kali (\\) atau gunakan tanda kutip tunggal</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="121"/>
        <source>a character YAML does not expect here (a stray quote, &apos;@&apos; or &apos;`&apos;?)</source>
        <translation>karakter yang tidak diharapkan YAML di sini (tanda kutip nyasar, &apos;@&apos; atau &apos;`&apos;?)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="124"/>
        <source>not valid YAML at column %1: %2</source>
        <translation>bukan YAML yang valid pada kolom %1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="349"/>
        <source>%1 is not a folder (it does not exist)</source>
        <translation>%1 bukan folder (folder tersebut tidak ada)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="459"/>
        <source>missing (a piwebapi source needs the PI Web API&apos;s URL, e.g. https://pi-web.plant.local/piwebapi)</source>
        <translation>tidak ditentukan (sumber piwebapi memerlukan URL PI Web API, mis. https://pi-web.plant.local/piwebapi)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="464"/>
        <source>holds a user name or password; use user and password_file</source>
        <translation>berisi nama pengguna atau kata sandi; gunakan user dan password_file</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="474"/>
        <source>a secret is never written in the configuration; put it in a file and name it with %1_file</source>
        <translation>rahasia tidak pernah ditulis di konfigurasi; simpan di file dan sebutkan file tersebut dengan %1_file</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="484"/>
        <source>&quot;%1&quot; is not an authentication (use kerberos, basic, bearer or anonymous)</source>
        <translation>&quot;%1&quot; bukan metode autentikasi (gunakan kerberos, basic, bearer atau anonymous)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="496"/>
        <source>missing (basic authentication needs a user)</source>
        <translation>tidak ditentukan (autentikasi basic memerlukan pengguna)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="501"/>
        <source>not given: the password is read from TP_PI_PASSWORD when the unit starts</source>
        <translation>tidak diberikan: kata sandi dibaca dari TP_PI_PASSWORD saat unit dimulai</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="507"/>
        <source>missing or not a URL (bearer authentication needs the identity provider&apos;s token URL)</source>
        <translation>tidak ditentukan atau bukan URL (autentikasi bearer memerlukan URL token penyedia identitas)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="511"/>
        <source>missing (bearer authentication needs a client id)</source>
        <translation>tidak ditentukan (autentikasi bearer memerlukan ID klien)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="516"/>
        <source>not given: the client secret is read from TP_PI_CLIENT_SECRET when the unit starts</source>
        <translation>tidak diberikan: rahasia klien dibaca dari TP_PI_CLIENT_SECRET saat unit dimulai</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="521"/>
        <source>&quot;%1&quot; is not a mode (use recorded or interpolated)</source>
        <translation>&quot;%1&quot; bukan mode (gunakan recorded atau interpolated)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="543"/>
        <source>must be whole seconds (PI interpolates in seconds), e.g. 6m or 30s</source>
        <translation>harus dalam detik bulat (PI melakukan interpolasi dalam detik), mis. 6m atau 30s</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="548"/>
        <source>used only with mode: interpolated (recorded mode reads the archived values as they are)</source>
        <translation>hanya dipakai dengan mode: interpolated (mode recorded membaca nilai yang diarsipkan apa adanya)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="554"/>
        <source>&quot;%1&quot; is not a whole number of at least 100 (the server&apos;s MaxReturnedItemsPerCall, default 150000)</source>
        <translation>&quot;%1&quot; bukan bilangan bulat minimal 100 (MaxReturnedItemsPerCall server, bawaan 150000)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="566"/>
        <source>must be a mapping of lolo, lo, hi, hihi</source>
        <translation>harus berupa pemetaan lolo, lo, hi, hihi</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="593"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="675"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="760"/>
        <location filename="../core/config/fleetconfigloader.cpp" line="773"/>
        <source>missing</source>
        <translation>tidak ditentukan</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="608"/>
        <source>&quot;%1&quot; is not a priority (use critical, high, medium or low)</source>
        <translation>&quot;%1&quot; bukan prioritas (gunakan critical, high, medium atau low)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="632"/>
        <source>%1 (%2) must be below %3 (%4)</source>
        <translation>%1 (%2) harus di bawah %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="649"/>
        <source>must be a mapping with at least a name</source>
        <translation>harus berupa pemetaan dengan minimal nama</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="660"/>
        <source>must not be negative</source>
        <translation>tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="689"/>
        <source>&quot;%1&quot; is not a tag kind (use flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output or other)</source>
        <translation>&quot;%1&quot; bukan jenis tag (gunakan flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output atau other)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="703"/>
        <source>&quot;%1&quot; is not a role (use speed or main_flow)</source>
        <translation>&quot;%1&quot; bukan peran (gunakan speed atau main_flow)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="719"/>
        <source>the low end (%1) must be below the high end (%2)</source>
        <translation>ujung bawah (%1) harus lebih rendah dari ujung atas (%2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="728"/>
        <source>must be a range [low, high]</source>
        <translation>harus berupa rentang [rendah, tinggi]</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="749"/>
        <source>must be a mapping with unit_id, plant, source and tags</source>
        <translation>harus berupa pemetaan dengan unit_id, plant, source dan tags</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="763"/>
        <source>%1 is already defined in %2</source>
        <translation>%1 sudah didefinisikan di %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="770"/>
        <source>&quot;%1&quot; differs from the file name; name the file %1.yml</source>
        <translation>&quot;%1&quot; berbeda dari nama file; beri nama file %1.yml</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="787"/>
        <source>missing (give the plant&apos;s IANA time zone, e.g. Asia/Kuala_Lumpur, here or under defaults in global.yml)</source>
        <translation>tidak ditentukan (berikan zona waktu IANA pabrik, mis. Asia/Kuala_Lumpur, di sini atau di bawah defaults dalam global.yml)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="806"/>
        <source>&quot;%1&quot; is not a duration (use 30m, 1h, 2d)</source>
        <translation>&quot;%1&quot; bukan durasi (gunakan 30m, 1h, 2d)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="812"/>
        <source>missing (every unit needs a source: simulator, xlsx, csv, folder, remote or piwebapi)</source>
        <translation>tidak ditentukan (setiap unit memerlukan sumber: simulator, xlsx, csv, folder, remote atau piwebapi)</translation>
    </message>
    <message>
        <source>missing (every unit needs a source: simulator, xlsx, csv, folder or remote)</source>
        <translation type="vanished">tidak ditentukan (setiap unit memerlukan sumber: simulator, xlsx, csv, folder atau remote)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="819"/>
        <source>no tags configured; the unit will have nothing to show</source>
        <translation>tidak ada tag yang dikonfigurasi; unit tidak akan menampilkan apa pun</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="821"/>
        <source>must be a list of tags</source>
        <translation>harus berupa daftar tag</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="833"/>
        <source>%1 is listed twice (first at line %2)</source>
        <translation>%1 tercantum dua kali (pertama di baris %2)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="840"/>
        <source>role %1 is already given to %2</source>
        <translation>peran %1 sudah diberikan kepada %2</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="870"/>
        <source>%1 does not exist (yet): the unit runs without this forecast</source>
        <translation>%1 belum ada: unit berjalan tanpa prakiraan ini</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="887"/>
        <source>is not a configuration folder (it does not exist)</source>
        <translation>bukan folder konfigurasi (folder tidak ada)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="896"/>
        <source>folder missing: put one &lt;UNIT_ID&gt;.yml per unit in it</source>
        <translation>folder tidak ada: letakkan satu &lt;UNIT_ID&gt;.yml per unit di dalamnya</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="903"/>
        <source>contains no unit files (*.yml)</source>
        <translation>tidak berisi file unit (*.yml)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="959"/>
        <source>%1 already holds a configuration; choose an empty folder</source>
        <translation>%1 sudah berisi konfigurasi; pilih folder kosong</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="964"/>
        <source>cannot create %1</source>
        <translation>tidak dapat membuat %1</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfigloader.cpp" line="975"/>
        <source>cannot read the built-in %1</source>
        <translation>tidak dapat membaca %1 internal</translation>
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
        <translation>%1: folder tidak ada</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="216"/>
        <source>%1: %2: date cell has format &quot;%3&quot;</source>
        <translation>%1: %2: sel tanggal berformat &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="218"/>
        <source>%1: %2: &quot;%3&quot; is not a date and time</source>
        <translation>%1: %2: &quot;%3&quot; bukan tanggal dan waktu</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="225"/>
        <source>%1: no data found: no row in the first %2 starts with a date and time</source>
        <translation>%1: data tidak ditemukan: tidak ada baris dalam %2 baris pertama yang diawali tanggal dan waktu</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="295"/>
        <source>%1: no column matches a tag of unit %2 (unmatched: %3)</source>
        <translation>%1: tidak ada kolom yang cocok dengan tag unit %2 (tidak cocok: %3)</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="298"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="362"/>
        <source>%1 at %2: %3 → %4</source>
        <translation>%1 pada %2: %3 → %4</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="405"/>
        <source>%1: &quot;%2&quot; is not a date and time; row skipped</source>
        <translation>%1: &quot;%2&quot; bukan tanggal dan waktu; baris dilewati</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="409"/>
        <source>%1: time missing; values of this row skipped</source>
        <translation>%1: waktu tidak ada; nilai baris ini dilewati</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="419"/>
        <source>%1: time goes backwards (earlier than the row before)</source>
        <translation>%1: waktu mundur (lebih awal dari baris sebelumnya)</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="423"/>
        <source>%1: same time as the row before; the later row wins</source>
        <translation>%1: waktu sama dengan baris sebelumnya; baris yang belakangan dipakai</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="450"/>
        <source>%1: &quot;%2&quot; looks like a number but is not one here; stored as a state</source>
        <translation>%1: &quot;%2&quot; tampak seperti angka tetapi di sini bukan angka; disimpan sebagai status</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="459"/>
        <source>%1: a date where a value belongs; skipped</source>
        <translation>%1: tanggal di tempat nilai; dilewati</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="550"/>
        <source>cancelled after %n row(s)</source>
        <translation>
            <numerusform>dibatalkan setelah %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="566"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>... dan %n lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="567"/>
        <source>%n value(s) replaced (old → new):</source>
        <translation>
            <numerusform>%n nilai diganti (lama → baru):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="570"/>
        <source>%n line(s) with a single field (no delimiter) skipped, line numbers: %1</source>
        <translation>
            <numerusform>%n baris dengan satu kolom saja (tanpa pemisah) dilewati, nomor baris: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ingest/importer.cpp" line="574"/>
        <source>%n row(s) with more columns than the header skipped, line numbers: %1</source>
        <translation>
            <numerusform>%n baris dengan kolom lebih banyak dari header dilewati, nomor baris: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="236"/>
        <source>cannot start the upgrade to schema %1: %2</source>
        <translation>tidak dapat memulai peningkatan ke skema %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="245"/>
        <source>upgrade to schema %1 failed (%2) in: %3</source>
        <translation>peningkatan ke skema %1 gagal (%2) pada: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="253"/>
        <source>upgrade to schema %1 could not be committed: %2</source>
        <translation>peningkatan ke skema %1 tidak dapat di-commit: %2</translation>
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
        <translation>Transien</translation>
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
        <translation>%1, baris %2, kolom %3: &quot;%4&quot; bukan angka</translation>
    </message>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="67"/>
        <source>%1, line %2: %3 values where the first row has %4</source>
        <translation>%1, baris %2: %3 nilai, padahal baris pertama memiliki %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/numerictable.cpp" line="74"/>
        <source>%1: no numbers</source>
        <translation>%1: tidak ada angka</translation>
    </message>
</context>
<context>
    <name>tp::PcaModel</name>
    <message>
        <location filename="../core/analysis/pca.cpp" line="79"/>
        <source>no variables to model</source>
        <translation>tidak ada variabel untuk dimodelkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analysis/pca.cpp" line="81"/>
        <source>%n training sample(s) are too few for a PCA model</source>
        <translation>
            <numerusform>%n sampel pelatihan terlalu sedikit untuk model PCA</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/analysis/pca.cpp" line="83"/>
        <source>the training data contains missing or infinite values</source>
        <translation>data pelatihan berisi nilai yang hilang atau tak hingga</translation>
    </message>
    <message>
        <location filename="../core/analysis/pca.cpp" line="102"/>
        <source>the eigen-decomposition of the covariance did not converge</source>
        <translation>dekomposisi eigen dari kovarians tidak konvergen</translation>
    </message>
</context>
<context>
    <name>tp::PiDiscovery</name>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="36"/>
        <source>%1: no data server named %2 (the server has %3)</source>
        <translation>%1: tidak ada server data bernama %2 (server memiliki %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="37"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="39"/>
        <source>%1 lists no data server</source>
        <translation>%1 tidak mencantumkan server data apa pun</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="40"/>
        <source>%1 lists %2 data servers (%3): name one</source>
        <translation>%1 mencantumkan %2 server data (%3): sebutkan salah satu</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="69"/>
        <source>%1: cancelled</source>
        <translation>%1: dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="92"/>
        <source>Written by turbopredictd discover-pi from %1 (data server %2) on %3.</source>
        <translation>Ditulis oleh turbopredictd discover-pi dari %1 (server data %2) pada %3.</translation>
    </message>
    <message>
        <location filename="../core/pi/pidiscovery.cpp" line="104"/>
        <source>Digital point (state set %1): its states are stored as their codes, with their names</source>
        <translation>Point digital (set status %1): statusnya disimpan sebagai kode, beserta namanya</translation>
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
        <translation>%1: autentikasi basic memerlukan kata sandi (password_file atau TP_PI_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="113"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 tidak berisi sertifikat PEM</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="253"/>
        <source>%1: the identity provider cannot be reached: %2</source>
        <translation>%1: penyedia identitas tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="257"/>
        <source>%1: the identity provider refused the client credentials (HTTP %2)</source>
        <translation>%1: penyedia identitas menolak kredensial klien (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="306"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="310"/>
        <source>%1: the server&apos;s certificate is not trusted (%2); give its CA in ca_file</source>
        <translation>%1: sertifikat server tidak dipercaya (%2); berikan CA-nya di ca_file</translation>
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
        <translation>%1: tidak ada respons dalam %2 s</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="324"/>
        <source>%1: the connection broke: %2</source>
        <translation>%1: koneksi terputus: %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="335"/>
        <source>%1: the answer is not complete JSON (%2 at byte %3)</source>
        <translation>%1: respons bukan JSON yang lengkap (%2 pada byte %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="351"/>
        <source>%1: the server reported an error (%2): %3</source>
        <translation>%1: server melaporkan kesalahan (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="361"/>
        <source>%1: the server refused the Windows sign-on (HTTP 401); check that this user may read PI, or use basic authentication</source>
        <translation>%1: server menolak login Windows (HTTP 401); periksa apakah pengguna ini diizinkan membaca PI, atau gunakan autentikasi basic</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="362"/>
        <source>%1: the server refused the credentials (HTTP 401); check the user name and password or token</source>
        <translation>%1: server menolak kredensial (HTTP 401); periksa nama pengguna dan kata sandi atau token</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="364"/>
        <source>%1: access denied (HTTP 403)%2</source>
        <translation>%1: akses ditolak (HTTP 403)%2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="366"/>
        <source>%1: the server answered HTTP %2</source>
        <translation>%1: server merespons dengan HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="368"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation>%1: server merespons dengan HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapiclient.cpp" line="536"/>
        <source>%1: the answer could not be used</source>
        <translation>%1: respons tidak dapat digunakan</translation>
    </message>
</context>
<context>
    <name>tp::PiWebApiSource</name>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="95"/>
        <source>no answer for this tag in the batch</source>
        <translation>tidak ada respons untuk tag ini dalam batch</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/pi/piwebapisource.cpp" line="229"/>
        <source>%1: none of the unit&apos;s %n tag(s) is a point on %2</source>
        <translation>
            <numerusform>%1: tidak satu pun dari %n tag unit ini merupakan point di %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="263"/>
        <source>%1: no data server named %2 (the server lists none)</source>
        <translation>%1: tidak ada server data bernama %2 (server tidak mencantumkan server data apa pun)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="264"/>
        <source>%1: no data server named %2 (the server has %3)</source>
        <translation>%1: tidak ada server data bernama %2 (server memiliki %3)</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="272"/>
        <source>%1 lists no data server</source>
        <translation>%1 tidak mencantumkan server data apa pun</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="273"/>
        <source>%1 lists %2 data servers (%3): name one with data_server</source>
        <translation>%1 mencantumkan %2 server data (%3): sebutkan salah satu dengan data_server</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="337"/>
        <source>%1: no point %2 on %3 (missing or renamed); the unit&apos;s other tags go on</source>
        <translation>%1: tidak ada point %2 di %3 (hilang atau diganti namanya); tag lain unit ini tetap berjalan</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="464"/>
        <source>%1: the batch answer could not be read</source>
        <translation>%1: respons batch tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="489"/>
        <source>%1: the point %2 is gone (%3); it is looked up again within the hour</source>
        <translation>%1: point %2 sudah tidak ada (%3); point tersebut akan dicari lagi dalam satu jam</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="497"/>
        <source>%1: reading %2 failed (HTTP %3): %4</source>
        <translation>%1: pembacaan %2 gagal (HTTP %3): %4</translation>
    </message>
    <message>
        <location filename="../core/pi/piwebapisource.cpp" line="555"/>
        <source>%1: the server refuses even one value per call</source>
        <translation>%1: server menolak bahkan satu nilai per panggilan</translation>
    </message>
</context>
<context>
    <name>tp::RemoteSites</name>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="91"/>
        <source>The site needs a name (letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;).</source>
        <translation>Lokasi memerlukan nama (huruf, angka, &apos;-&apos;, &apos;_&apos; atau &apos;.&apos;).</translation>
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
        <translation>%1: lokasi menolak token (%2)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="60"/>
        <source>%1: the site answered %2</source>
        <translation>%1: lokasi merespons dengan status %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="66"/>
        <source>%1: not a TurboPredict server (the answer is not JSON: %2)</source>
        <translation>%1: bukan server TurboPredict (respons bukan JSON: %2)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="106"/>
        <source>%1: not a TurboPredict server (no unit list)</source>
        <translation>%1: bukan server TurboPredict (tidak ada daftar unit)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="115"/>
        <source>%1: &quot;%2&quot; is not a unit id</source>
        <translation>%1: &quot;%2&quot; bukan ID unit</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="125"/>
        <source>%1: the configuration of %2 names another unit (%3)</source>
        <translation>%1: konfigurasi %2 menyebut unit lain (%3)</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="131"/>
        <source>%1 serves no units</source>
        <translation>%1 tidak menyediakan unit apa pun</translation>
    </message>
    <message>
        <location filename="../core/runtime/remotesite.cpp" line="206"/>
        <source>%1: %2 at offset %3</source>
        <translation>%1: %2 pada offset %3</translation>
    </message>
</context>
<context>
    <name>tp::RemoteUnitWorker</name>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="84"/>
        <source>%1: the token file cannot be read: %2</source>
        <translation>%1: file token tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="96"/>
        <source>Connecting to %1</source>
        <translation>Menghubungkan ke %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="166"/>
        <source>%1: the site refused the token (%2)</source>
        <translation>%1: lokasi menolak token (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/remoteunitworker.cpp" line="169"/>
        <source>%1: no answer within %n second(s)</source>
        <translation>
            <numerusform>%1: tidak ada respons dalam %n detik</numerusform>
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
        <translation>%1: lokasi merespons dengan status %2: %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="195"/>
        <source>Copying history from %1</source>
        <translation>Menyalin data historis dari %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="196"/>
        <source>Refreshing</source>
        <translation>Menyegarkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="206"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="231"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="241"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="266"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="297"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="319"/>
        <source>the refresh was cancelled</source>
        <translation>penyegaran dibatalkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="211"/>
        <source>%1: the site&apos;s status is not JSON</source>
        <translation>%1: status lokasi bukan JSON</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="429"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="434"/>
        <source>At the site: %1</source>
        <translation>Di lokasi: %1</translation>
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
        <translation>Lokasi tidak lagi memiliki %1.</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="448"/>
        <source>the site %1 cannot be reached; nothing was copied yet</source>
        <translation>lokasi %1 tidak dapat dihubungi; belum ada data yang disalin</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="449"/>
        <source>the site %1 cannot be reached; showing the data copied until %2</source>
        <translation>lokasi %1 tidak dapat dihubungi; menampilkan data yang disalin sampai %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="479"/>
        <source>%1 is analysed at its site: retrain it there</source>
        <translation>%1 dianalisis di lokasinya: latih ulang di sana</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="519"/>
        <location filename="../core/runtime/remoteunitworker.cpp" line="525"/>
        <source>Alarms of %1 are shelved at its site</source>
        <translation>Alarm %1 hanya dapat ditangguhkan di lokasinya</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="534"/>
        <source>%1 is a unit of a remote site: import its exports at the site</source>
        <translation>%1 adalah unit lokasi jarak jauh: impor file ekspornya di lokasi tersebut</translation>
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
        <translation>eksponensial</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="270"/>
        <source>Forecast</source>
        <translation>Prakiraan</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="271"/>
        <source>No significant degradation trend</source>
        <translation>Tidak ada tren degradasi yang signifikan</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="272"/>
        <source>Beyond the forecast horizon</source>
        <translation>Melampaui horizon prakiraan</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="273"/>
        <source>Already beyond the limit</source>
        <translation>Sudah melampaui batas</translation>
    </message>
    <message>
        <location filename="../core/analysis/trend.cpp" line="274"/>
        <source>Insufficient data</source>
        <translation>Data tidak cukup</translation>
    </message>
</context>
<context>
    <name>tp::RulLearner</name>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="22"/>
        <source>%1: %2 columns; a C-MAPSS file has unit, cycle, 3 settings and the sensors</source>
        <translation>%1: %2 kolom; file C-MAPSS memiliki unit, siklus, 3 pengaturan dan sensor</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="97"/>
        <source>at least two run-to-failure trajectories are needed</source>
        <translation>minimal dua trajektori run-to-failure diperlukan</translation>
    </message>
    <message>
        <location filename="../core/analysis/rullearner.cpp" line="167"/>
        <source>no sensor varies in the training runs</source>
        <translation>tidak ada sensor yang bervariasi dalam run pelatihan</translation>
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
        <translation>minimal %1 trajektori run-to-failure diperlukan (setiap fold mengkalibrasi interval)</translation>
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
        <translation>%1 sedang berhenti; tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="188"/>
        <source>Responding again</source>
        <translation>Merespons kembali</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitcontroller.cpp" line="214"/>
        <source>Not responding for %1 s; its current work was asked to stop</source>
        <translation>Tidak merespons selama %1 s; pekerjaan saat ini diminta berhenti</translation>
    </message>
</context>
<context>
    <name>tp::UnitFileWriter</name>
    <message>
        <location filename="../core/config/unitfilewriter.cpp" line="82"/>
        <source># Every key is explained in README.md. Fill in the limits and normal ranges you know;
# `turbopredictd check-config` says what is wrong, with the line.
</source>
        <translation># Setiap kunci dijelaskan di README.md. Isi batas dan rentang normal yang Anda ketahui;
# `turbopredictd check-config` menunjukkan apa yang salah, beserta barisnya.
</translation>
    </message>
</context>
<context>
    <name>tp::UnitSnapshot</name>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="49"/>
        <source>Starting</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="50"/>
        <source>Back-filling history</source>
        <translation>Mengisi data historis</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="51"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="52"/>
        <source>Refreshing</source>
        <translation>Menyegarkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="53"/>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="54"/>
        <source>Stalled</source>
        <translation>Macet</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="55"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitsnapshot.cpp" line="56"/>
        <source>Offline</source>
        <translation>Tidak terhubung</translation>
    </message>
</context>
<context>
    <name>tp::UnitStore</name>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="260"/>
        <source>the file is locked by another program; close it and try again (%1)</source>
        <translation>file dikunci oleh program lain; tutup program tersebut dan coba lagi (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="263"/>
        <source>the disk is full; nothing of this write was stored (%1)</source>
        <translation>disk penuh; tidak ada data dari penulisan ini yang tersimpan (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="266"/>
        <source>the file is damaged or not a database; it was left untouched (%1)</source>
        <translation>file rusak atau bukan basis data; file tidak diubah (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="269"/>
        <source>the file is read-only (%1)</source>
        <translation>file hanya-baca (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="271"/>
        <source>the file cannot be opened (%1)</source>
        <translation>file tidak dapat dibuka (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="273"/>
        <source>a disk read or write failed (%1)</source>
        <translation>pembacaan atau penulisan disk gagal (%1)</translation>
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
        <translation>%1 bukan penyimpanan data unit yang dapat digunakan: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="312"/>
        <location filename="../core/storage/unitstore.cpp" line="318"/>
        <source>%1 is a SQLite database of another program, not a TurboPredict unit store; it was left untouched</source>
        <translation>%1 adalah basis data SQLite milik program lain, bukan penyimpanan data unit TurboPredict; file tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="322"/>
        <source>%1 was written by a newer TurboPredict (schema %2; this version reads up to %3); it was left untouched</source>
        <translation>%1 ditulis oleh TurboPredict yang lebih baru (skema %2; versi ini membaca hingga %3); file tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="330"/>
        <source>%1 holds the data of unit %2, not %3; it was left untouched</source>
        <translation>%1 berisi data unit %2, bukan %3; file tidak diubah</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="351"/>
        <source>%1 is not a file</source>
        <translation>%1 bukan file</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="353"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="366"/>
        <source>the SQLite driver of Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>driver SQLite Qt tidak ada (instal libqt6sql6-sqlite)</translation>
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
        <translation>driver SQLite Qt tidak menyediakan akses ke koneksinya</translation>
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
        <translation>penyimpanan data tidak terbuka</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="542"/>
        <source>cannot store tag %1: %2</source>
        <translation>tidak dapat menyimpan tag %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="590"/>
        <source>cannot record the state &quot;%1&quot;: %2</source>
        <translation>tidak dapat mencatat status &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="783"/>
        <source>sample for unknown tag id %1; nothing of this write was stored</source>
        <translation>sampel untuk id tag %1 yang tidak dikenal; tidak ada data dari penulisan ini yang tersimpan</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="964"/>
        <source>%1: cannot update the rollups: %2</source>
        <translation>%1: tidak dapat memperbarui agregat: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1268"/>
        <location filename="../core/storage/unitstore.cpp" line="1285"/>
        <location filename="../core/storage/unitstore.cpp" line="1358"/>
        <source>unit %1, import %2: %3</source>
        <translation>unit %1, impor %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1291"/>
        <source>unit %1 has no import %2</source>
        <translation>unit %1 tidak memiliki impor %2</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1295"/>
        <source>unit %1, import %2 (%3) was undone already</source>
        <translation>unit %1, impor %2 (%3) sudah diurungkan</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1297"/>
        <source>unit %1, import %2 (%3) is still running or was interrupted; it cannot be undone</source>
        <translation>unit %1, impor %2 (%3) masih berjalan atau terputus; impor ini tidak dapat diurungkan</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1309"/>
        <source>unit %1, import %2 (%3) cannot be undone: import %4 (%5) changed some of the same values later; undo import %4 first</source>
        <translation>unit %1, impor %2 (%3) tidak dapat diurungkan: impor %4 (%5) kemudian mengubah sebagian nilai yang sama; urungkan impor %4 terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../core/storage/unitstore.cpp" line="1348"/>
        <source>undone by %1</source>
        <translation>diurungkan oleh %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/storequery.h" line="28"/>
        <source>%1: no data stored yet</source>
        <translation>%1: belum ada data tersimpan</translation>
    </message>
</context>
<context>
    <name>tp::UnitWorker</name>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="133"/>
        <source>Health index (TurboPredict)</source>
        <translation>Indeks kesehatan (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="141"/>
        <source>Multivariate anomaly index (TurboPredict; 1 = limit)</source>
        <translation>Indeks anomali multivariat (TurboPredict; 1 = batas)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="149"/>
        <source>Hotelling T^2 of the multivariate model (TurboPredict)</source>
        <translation>T^2 Hotelling dari model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/config/fleetconfig.cpp" line="154"/>
        <source>SPE (Q) of the multivariate model (TurboPredict)</source>
        <translation>SPE (Q) dari model multivariat (TurboPredict)</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="95"/>
        <source>Waiting for the first refresh</source>
        <translation>Menunggu penyegaran pertama</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="116"/>
        <source>%1: the library of run-to-failure trajectories does not exist</source>
        <translation>%1: pustaka trajektori jalan-hingga-gagal tidak ada</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="120"/>
        <source>%1: sensor columns in the library: %2; rul.learned &quot;%3&quot; names %n tag(s)</source>
        <translation>
            <numerusform>%1: kolom sensor dalam pustaka: %2; rul.learned &quot;%3&quot; menyebut %n tag</numerusform>
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
        <translation>Sedang belajar dari pustaka</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="280"/>
        <source>The stored analysis model could not be read; it will be trained again</source>
        <translation>Model analisis yang tersimpan tidak dapat dibaca; model akan dilatih ulang</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="302"/>
        <source>Back-filling history</source>
        <translation>Mengisi data historis</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="302"/>
        <source>Refreshing</source>
        <translation>Menyegarkan</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="321"/>
        <source>no data source for this unit</source>
        <translation>tidak ada sumber data untuk unit ini</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="327"/>
        <source>the data source failed: %1</source>
        <translation>sumber data gagal: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="330"/>
        <source>the data source failed with an unknown error</source>
        <translation>sumber data gagal dengan kesalahan yang tidak diketahui</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="351"/>
        <source>the analysis failed: %1</source>
        <translation>analisis gagal: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="359"/>
        <source>the refresh was cancelled</source>
        <translation>penyegaran dibatalkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="370"/>
        <source>Refreshed: %n value(s) stored</source>
        <translation>
            <numerusform>Disegarkan: %n nilai disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="418"/>
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Mengimpor %n file</numerusform>
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
        <translation>kontributor utama %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="678"/>
        <source>The analysis model uses %1, which is no longer configured; it will be trained again</source>
        <translation>Model analisis menggunakan %1 yang tidak lagi dikonfigurasi; model akan dilatih ulang</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="691"/>
        <source>Model of %1 to %2: %3</source>
        <translation>Model %1 sampai %2: %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="734"/>
        <source>No analysis model yet: at most %1 sample(s) per tag, at least %2 needed</source>
        <translation>Belum ada model analisis: paling banyak %1 sampel per tag, minimal %2 diperlukan</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="746"/>
        <source>No analysis model yet: no data</source>
        <translation>Belum ada model analisis: tidak ada data</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="795"/>
        <source>No analysis model yet: %1</source>
        <translation>Belum ada model analisis: %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/unitworker.cpp" line="876"/>
        <source>Health index</source>
        <translation>Indeks kesehatan</translation>
    </message>
    <message>
        <location filename="../core/runtime/remoteunitworker.cpp" line="413"/>
        <location filename="../core/runtime/unitworker.cpp" line="952"/>
        <source>Operating mode: %1</source>
        <translation>Mode operasi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/unitworker.cpp" line="1072"/>
        <source>an alarm can be shelved for at most %n hour(s)</source>
        <translation>
            <numerusform>alarm dapat ditangguhkan paling lama %n jam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::XlsxReader</name>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="193"/>
        <source>xl/_rels/workbook.xml.rels is damaged: %1</source>
        <translation>xl/_rels/workbook.xml.rels rusak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="213"/>
        <source>xl/workbook.xml is damaged: %1</source>
        <translation>xl/workbook.xml rusak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="215"/>
        <source>the workbook has no sheets</source>
        <translation>workbook tidak memiliki sheet</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="244"/>
        <source>xl/styles.xml is damaged: %1</source>
        <translation>xl/styles.xml rusak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="266"/>
        <source>xl/sharedStrings.xml is damaged: %1</source>
        <translation>xl/sharedStrings.xml rusak: %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="271"/>
        <source>xl/sharedStrings.xml ends unexpectedly (truncated file?)</source>
        <translation>xl/sharedStrings.xml berakhir secara tak terduga (file terpotong?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="291"/>
        <source>more than %1 shared strings; refused</source>
        <translation>lebih dari %1 shared string; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="294"/>
        <source>shared strings exceed %1 million characters; refused</source>
        <translation>shared string melebihi %1 juta karakter; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="322"/>
        <source>the file does not exist</source>
        <translation>file tidak ada</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="324"/>
        <source>not an xlsx workbook (not a zip archive, or truncated or damaged)</source>
        <translation>bukan workbook xlsx (bukan arsip zip, atau terpotong atau rusak)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="326"/>
        <source>the archive has %1 parts, more than the %2 allowed; refused</source>
        <translation>arsip memiliki %1 bagian, melebihi %2 yang diizinkan; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="339"/>
        <source>has no sheet &quot;%1&quot; (sheets: %2)</source>
        <translation>tidak memiliki sheet &quot;%1&quot; (sheet: %2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="344"/>
        <source>sheet &quot;%1&quot; has no part in the archive</source>
        <translation>sheet &quot;%1&quot; tidak memiliki bagian dalam arsip</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="428"/>
        <source>%1: the sheet XML is damaged at line %2: %3</source>
        <translation>%1: XML sheet rusak pada baris %2: %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="436"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="786"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="850"/>
        <source>%1: the sheet ends unexpectedly (truncated file?)</source>
        <translation>%1: sheet berakhir secara tak terduga (file terpotong?)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="473"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="894"/>
        <source>%1: row %2 comes after row %3</source>
        <translation>%1: baris %2 muncul setelah baris %3</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="484"/>
        <location filename="../core/ingest/xlsxreader.cpp" line="907"/>
        <source>%1: row %2 has more than %3 columns; refused</source>
        <translation>%1: baris %2 memiliki lebih dari %3 kolom; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="758"/>
        <source>%1: the sheet XML is damaged near row %2 (%3)</source>
        <translation>%1: XML sheet rusak di dekat baris %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/ingest/xlsxreader.cpp" line="133"/>
        <source>%1: cell refers to shared string %2, which does not exist</source>
        <translation>%1: sel merujuk ke shared string %2 yang tidak ada</translation>
    </message>
</context>
<context>
    <name>tp::ZipEntryStream</name>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="36"/>
        <source>the archive has no part %1</source>
        <translation>arsip tidak memiliki bagian %1</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="43"/>
        <source>part %1 cannot be read (damaged archive)</source>
        <translation>bagian %1 tidak dapat dibaca (arsip rusak)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="51"/>
        <source>part %1: cannot start decompression</source>
        <translation>bagian %1: tidak dapat memulai dekompresi</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="56"/>
        <source>part %1 uses an unsupported compression method (%2)</source>
        <translation>bagian %1 menggunakan metode kompresi yang tidak didukung (%2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="86"/>
        <location filename="../core/ingest/zipentrystream.cpp" line="96"/>
        <source>part %1 is truncated (the archive ends inside it)</source>
        <translation>bagian %1 terpotong (arsip berakhir di dalamnya)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="111"/>
        <source>part %1 is damaged (%2)</source>
        <translation>bagian %1 rusak (%2)</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="120"/>
        <source>part %1 inflates to more than %2 MB; refused</source>
        <translation>bagian %1 mengembang melebihi %2 MB; ditolak</translation>
    </message>
    <message>
        <location filename="../core/ingest/zipentrystream.cpp" line="127"/>
        <source>part %1 inflates more than %2 times its compressed size (a zip bomb?); refused</source>
        <translation>bagian %1 mengembang lebih dari %2 kali ukuran terkompresinya (bom zip?); ditolak</translation>
    </message>
</context>
</TS>
