// SPDX-License-Identifier: MIT
// Every translation file in translations/ is complete: each message has a finished, non-empty
// translation, and placeholders (%1, %n) survive translation. A missing Korean string would show
// English to an operator who reads Korean.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    bool numerus = false;
    QStringList numerusForms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && current.source.isNull())
                context = xml.readElementText();
            else if (name == u"message") {
                current = Message{context, QString(), QString(), QString(), xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (current.numerus) {
                    while (xml.readNextStartElement())
                        current.numerusForms << xml.readElementText();
                } else {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out << current;
            current = Message{};
        } else if (xml.isEndElement() && xml.name() == u"context") {
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyFileIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ET_SOURCE_DIR "/translations"));
        const auto files = dir.entryInfoList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), "no .ts files in translations/");
        for (const auto &f : files)
            QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
    }

    void everyFileIsComplete()
    {
        QFETCH(QString, path);
        QString error;
        const auto messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 20, "suspiciously few messages: was lupdate run over every source?");
        const bool korean = path.endsWith(QStringLiteral("_ko.ts"));
        QStringList problems;
        for (const auto &m : messages) {
            if (m.type == u"obsolete" || m.type == u"vanished")
                continue;
            const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
            if (m.type == u"unfinished")
                problems << where + QStringLiteral(" is unfinished");
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            for (const auto &t : forms) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source) && !(m.numerus && placeholders(t) + QSet<QString>{QStringLiteral("%n")} == placeholders(m.source)))
                    problems << where + QStringLiteral(" changes placeholders: \"") + t + u'"';
                // A Korean file whose text has no Hangul at all is almost always an untranslated copy;
                // units, numbers and names like "SMP" or "HVDC" are the exceptions that may pass.
                static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
                static const QRegularExpression letters(QStringLiteral("[A-Za-z]{4,}"));
                if (korean && !hangul.match(t).hasMatch() && t == m.source && letters.match(t).hasMatch()
                    && t.toUpper() != t)
                    problems << where + QStringLiteral(" looks untranslated");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
