<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>main</name>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="47"/>
        <source>TurboPredict: condition monitoring of rotating machines</source>
        <translation>TurboPredict: pemantauan keadaan mesin berputar</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="52"/>
        <source>Configuration folder (default: the built-in demo fleet).</source>
        <translation>Folder konfigurasi (lalai: armada demo terbina dalam).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="53"/>
        <location filename="../app/turbopredict/main.cpp" line="57"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="56"/>
        <source>Data folder (default: the per-user data folder).</source>
        <translation>Folder data (lalai: folder data bagi setiap pengguna).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="60"/>
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation>Jalankan jam N kali lebih pantas daripada masa nyata (lalai: 1).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="61"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="64"/>
        <source>Save a picture of the window to FILE (PNG) once the fleet has been running for a few seconds, then quit (checks of an installation).</source>
        <translation>Simpan gambar tetingkap ke FAIL (PNG) setelah armada berjalan beberapa saat, kemudian keluar (semakan pemasangan).</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="65"/>
        <source>FILE</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="88"/>
        <source>%1: the picture could not be saved</source>
        <translation>%1: gambar tidak dapat disimpan</translation>
    </message>
</context>
</TS>
