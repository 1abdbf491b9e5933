<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>tp::ApiServer</name>
    <message>
        <location filename="../core/server/apiserver.cpp" line="86"/>
        <source>%1: cannot be read</source>
        <translation>%1: tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="88"/>
        <source>TLS is not available (no TLS backend)</source>
        <translation>TLS tidak tersedia (tidak ada backend TLS)</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="117"/>
        <source>too many connections</source>
        <translation>terlalu banyak koneksi</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="170"/>
        <source>the request body is larger than %1 bytes</source>
        <translation>isi permintaan lebih besar dari %1 byte</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="196"/>
        <source>%1: no data stored yet</source>
        <translation>%1: belum ada data tersimpan</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="235"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>tidak dapat mendengarkan di %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="287"/>
        <source>this server has no token configured: changes through the API are disabled</source>
        <translation>server ini tidak memiliki token yang dikonfigurasi: perubahan melalui API dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="290"/>
        <source>a bearer token is required (Authorization: Bearer ...)</source>
        <translation>token bearer diperlukan (Authorization: Bearer ...)</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="292"/>
        <source>the token is not valid</source>
        <translation>token tidak valid</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="308"/>
        <source>internal error: %1</source>
        <translation>kesalahan internal: %1</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="325"/>
        <location filename="../core/server/apiserver.cpp" line="413"/>
        <location filename="../core/server/apiserver.cpp" line="455"/>
        <location filename="../core/server/apiserver.cpp" line="457"/>
        <source>no such path: %1</source>
        <translation>path tidak ditemukan: %1</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="344"/>
        <source>%1 takes %2</source>
        <translation>%1 hanya menerima %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/server/apiserver.cpp" line="367"/>
        <source>%n unit(s) not ready</source>
        <translation>
            <numerusform>%n unit belum siap</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="405"/>
        <source>no unit %1</source>
        <translation>tidak ada unit %1</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="448"/>
        <source>at must be a time (ISO 8601 or ms since 1970)</source>
        <translation>at harus berupa waktu (ISO 8601 atau ms sejak 1970)</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="465"/>
        <source>tags=A,B is required</source>
        <translation>tags=A,B diperlukan</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="473"/>
        <location filename="../core/server/apiserver.cpp" line="546"/>
        <source>from and to must be times (ISO 8601 or ms since 1970) with from &lt; to</source>
        <translation>from dan to harus berupa waktu (ISO 8601 atau ms sejak 1970) dengan from &lt; to</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="478"/>
        <source>max_points must be a number from 2 to %1</source>
        <translation>max_points harus berupa angka dari 2 sampai %1</translation>
    </message>
    <message>
        <source>max_points must be a number from 2 to 20000</source>
        <translation type="vanished">max_points harus berupa angka dari 2 sampai 20000</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="452"/>
        <location filename="../core/server/apiserver.cpp" line="530"/>
        <location filename="../core/server/apiserver.cpp" line="550"/>
        <source>%1 is not ready: %2</source>
        <translation>%1 belum siap: %2</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="532"/>
        <source>%1 has no tag %2</source>
        <translation>%1 tidak memiliki tag %2</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="562"/>
        <source>%1 takes POST</source>
        <translation>%1 hanya menerima POST</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="577"/>
        <source>%1 has no standing alarm %2</source>
        <translation>%1 tidak memiliki alarm yang berlaku %2</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="581"/>
        <source>the body must be a JSON object {&quot;user&quot;: ..., &quot;comment&quot;: ...}: %1</source>
        <translation>isi permintaan harus berupa objek JSON {&quot;user&quot;: ..., &quot;comment&quot;: ...}: %1</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="584"/>
        <source>&quot;user&quot; is required: who acknowledges</source>
        <translation>&quot;user&quot; diperlukan: siapa yang mengakui</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="592"/>
        <source>the body must be the export file (.xlsx or .csv)</source>
        <translation>isi permintaan harus berupa file ekspor (.xlsx atau .csv)</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="594"/>
        <source>name=FILE.xlsx or name=FILE.csv is required</source>
        <translation>name=FILE.xlsx atau name=FILE.csv diperlukan</translation>
    </message>
    <message>
        <location filename="../core/server/apiserver.cpp" line="600"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
