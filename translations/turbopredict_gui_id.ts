<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>main</name>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="20"/>
        <source>TurboPredict: condition monitoring of rotating machines</source>
        <translation>TurboPredict: pemantauan kondisi mesin berputar</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="25"/>
        <source>Configuration folder (default: the built-in demo fleet).</source>
        <translation>Folder konfigurasi (bawaan: armada demo internal).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="26"/>
        <location filename="../app/turbopredict/main.cpp" line="30"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="29"/>
        <source>Data folder (default: the per-user data folder).</source>
        <translation>Folder data (bawaan: folder data per pengguna).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="33"/>
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation>Jalankan jam N kali lebih cepat dari waktu nyata (bawaan: 1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="34"/>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
</TS>
