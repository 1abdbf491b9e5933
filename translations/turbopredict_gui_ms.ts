<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>main</name>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="17"/>
        <source>TurboPredict: condition monitoring of rotating machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="22"/>
        <source>Configuration folder (default: the built-in demo fleet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="23"/>
        <location filename="../app/turbopredict/main.cpp" line="27"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="26"/>
        <source>Data folder (default: the per-user data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="30"/>
        <source>Run the clock N times faster than real time (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/turbopredict/main.cpp" line="31"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
