// Every translation catalogue is complete: no unfinished entry, every placeholder (%1, %n)
// and keyboard accelerator of the source kept, one form per plural of the language. A string
// added to the code without translations fails here until the catalogues are updated.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context, source;
    bool numerus = false;
    QString type;
    QStringList forms; ///< the translation, or its numerus forms
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                *language = xml.attributes().value(QLatin1StringView("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
                m.line = xml.lineNumber();
            } else if (name == u"source") {
                m.source = xml.readElementText();
            } else if (name == u"translation") {
                m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!m.numerus)
                    m.forms.append(xml.readElementText());
            } else if (name == u"numerusform") {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(u'L'));
    out.sort();
    return out;
}

int accelerators(QString text)
{
    text.replace(QStringLiteral("&&"), QString());
    static const QRegularExpression re(QStringLiteral("&(?!(amp|lt|gt|quot|apos|nbsp|#[0-9]+);)\\w"));
    return int(text.count(re));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TP_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void catalogues()
    {
        QFETCH(QString, path);
        QString language, error;
        const QList<Message> messages = readCatalogue(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        // Qt's plural rules: one form for Malay and Indonesian, two for English.
        const int plurals = language.startsWith(u"en") ? 2 : 1;
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const QString where = QStringLiteral("%1:%2 [%3] \"%4\"").arg(QFileInfo(path).fileName()).arg(m.line).arg(m.context, m.source.left(60));
            if (m.type == u"unfinished") {
                problems << where + QStringLiteral(": unfinished");
                continue;
            }
            if (m.numerus && m.forms.size() != plurals)
                problems << where + QStringLiteral(": %1 plural form(s), %2 expected").arg(m.forms.size()).arg(plurals);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty");
                else if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders %1 in \"%2\"").arg(placeholders(m.source).join(u' '), form);
                else if (accelerators(form) != accelerators(m.source))
                    problems << where + QStringLiteral(": accelerator lost in \"%1\"").arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.mid(0, 40).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
