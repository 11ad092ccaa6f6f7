// SPDX-License-Identifier: MIT
#include "selfcheck.h"

#include "centerrankwording.h"
#include "client/store.h"
#include "modelslogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace et::models {

namespace {

QString inLanguage(const QJsonValue &texts, const QString &lang)
{
    const QJsonObject o = texts.toObject();
    const QString text = o.value(lang).toString();
    return text.isEmpty() ? o.value(QStringLiteral("en")).toString() : text;
}

QVariantList choicesOf(const QJsonArray &scale, const QString &lang)
{
    QVariantList out;
    for (const QJsonValue &c : scale)
        out << QVariantMap{{QStringLiteral("value"), c.toObject().value(QStringLiteral("value")).toInt()},
                           {QStringLiteral("text"), inLanguage(c, lang)}};
    return out;
}

} // namespace

SelfCheck::SelfCheck(client::Store *store, const QByteArray &questionsJson, QObject *parent)
    : QObject(parent), m_store(store),
      m_lang(QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en"))
{
    load(questionsJson);
    m_answers = QList<int>(m_items.size(), -1);
    if (m_store)
        connect(m_store, &client::Store::selfCheckChanged, this, &SelfCheck::readSaved);
    readSaved();
}

QByteArray SelfCheck::bundledQuestions()
{
    QFile file(QStringLiteral(":/et/models/self-check.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void SelfCheck::load(const QByteArray &json)
{
    // The file is ours and bundled; a damaged one leaves the self-check empty (and says so)
    // rather than showing half the questions.
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || !root.value(QStringLiteral("questions")).isArray()) {
        qCWarning(lcModels) << "self-check questions unreadable:" << error.errorString();
        return;
    }
    m_disclaimer = inLanguage(root.value(QStringLiteral("disclaimer")), m_lang);
    const QJsonArray defaultScale = root.value(QStringLiteral("scale")).toArray();
    const QJsonValue defaultPeriod = root.value(QStringLiteral("period"));
    QHash<QString, QJsonObject> instruments;
    for (const QJsonValue &v : root.value(QStringLiteral("instruments")).toArray()) {
        const QJsonObject o = v.toObject();
        instruments.insert(o.value(QStringLiteral("id")).toString(), o);
        Instrument ins{o.value(QStringLiteral("id")).toString(), inLanguage(o.value(QStringLiteral("name")), m_lang),
                       o.value(QStringLiteral("validated")).toBool(), {}};
        for (const QJsonValue &c : o.value(QStringLiteral("cutoffs")).toArray())
            ins.cutoffs.append({c.toObject().value(QStringLiteral("min")).toInt(), inLanguage(c, m_lang)});
        std::sort(ins.cutoffs.begin(), ins.cutoffs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        m_instruments << ins;
        m_sources << QVariantMap{{QStringLiteral("name"), ins.name},
                                 {QStringLiteral("source"), o.value(QStringLiteral("source")).toString()},
                                 {QStringLiteral("validated"), ins.validated}};
    }
    for (const QJsonValue &v : root.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        const QString instrument = q.value(QStringLiteral("instrument")).toString();
        const QJsonObject ins = instruments.value(instrument);
        // An instrument may word its question and answers its own way (PHQ-9 and GAD-7 differ in Korean).
        const QJsonArray scale = ins.contains(QStringLiteral("scale")) ? ins.value(QStringLiteral("scale")).toArray() : defaultScale;
        const QJsonValue period = ins.contains(QStringLiteral("period")) ? ins.value(QStringLiteral("period")) : defaultPeriod;
        Question item;
        item.instrument = instrument;
        item.crisisAt = q.value(QStringLiteral("crisisAt")).toInt(-1);
        for (const QJsonValue &c : scale)
            item.maxValue = std::max(item.maxValue, c.toObject().value(QStringLiteral("value")).toInt());
        const QJsonObject needs = q.value(QStringLiteral("needs")).toObject();
        for (auto it = needs.begin(); it != needs.end(); ++it)
            item.needs.insert(it.key(), std::clamp(it.value().toDouble(), 0.0, 1.0));
        m_items << item;
        m_questions << QVariantMap{{QStringLiteral("id"), q.value(QStringLiteral("id")).toString()},
                                   {QStringLiteral("text"), inLanguage(q, m_lang)},
                                   {QStringLiteral("instrument"), instrument},
                                   {QStringLiteral("period"), inLanguage(period, m_lang)},
                                   {QStringLiteral("choices"), choicesOf(scale, m_lang)}};
    }
}

void SelfCheck::readSaved()
{
    const auto saved = m_store ? m_store->selfCheck() : std::nullopt;
    m_takenAt = saved ? saved->takenAt : QDateTime();
    m_profile = saved ? saved->profile : QHash<QString, double>();
    m_savedAnswers = saved && saved->answers.size() == m_items.size() ? saved->answers : QList<int>();
    emit resultChanged();
}

QVariantList SelfCheck::answers() const
{
    QVariantList out;
    for (int a : m_answers)
        out << a;
    return out;
}

int SelfCheck::answeredCount() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(), [](int a) { return a >= 0; }));
}

bool SelfCheck::crisis() const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).crisisAt >= 0 && m_answers.at(i) >= m_items.at(i).crisisAt)
            return true;
    }
    return false;
}

bool SelfCheck::answer(int index, int value)
{
    if (index < 0 || index >= m_items.size() || value < 0 || value > m_items.at(index).maxValue)
        return false;
    if (m_answers.at(index) != value) {
        m_answers[index] = value;
        emit answersChanged();
    }
    return true;
}

QHash<QString, double> SelfCheck::profileOf(const QList<int> &answers) const
{
    QHash<QString, double> got, most;
    for (qsizetype i = 0; i < m_items.size() && i < answers.size(); ++i) {
        for (auto it = m_items.at(i).needs.cbegin(); it != m_items.at(i).needs.cend(); ++it) {
            got[it.key()] += std::max(answers.at(i), 0) * it.value();
            most[it.key()] += m_items.at(i).maxValue * it.value();
        }
    }
    QHash<QString, double> out;
    for (auto it = most.cbegin(); it != most.cend(); ++it) {
        if (it.value() > 0.0 && got.value(it.key()) > 0.0)
            out.insert(it.key(), std::clamp(got.value(it.key()) / it.value(), 0.0, 1.0));
    }
    return out;
}

bool SelfCheck::save()
{
    if (!complete() || !m_store)
        return false;
    const auto saved = m_store->saveSelfCheck({QDateTime::currentDateTimeUtc(), m_answers, profileOf(m_answers)});
    if (!saved.ok()) {
        // The reason only: never what was being written.
        qCWarning(lcModels).noquote() << "self-check not saved:" << saved.error().toString();
        return false;
    }
    return true;
}

bool SelfCheck::forget()
{
    restart();
    if (!m_store)
        return true;
    const auto deleted = m_store->deleteSelfCheck();
    if (!deleted.ok())
        qCWarning(lcModels).noquote() << "self-check not deleted:" << deleted.error().toString();
    return deleted.ok();
}

void SelfCheck::restart()
{
    m_answers = QList<int>(m_items.size(), -1);
    emit answersChanged();
}

QVariantMap SelfCheck::profile() const
{
    QVariantMap out;
    for (auto it = m_profile.cbegin(); it != m_profile.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QVariantList SelfCheck::scores() const
{
    QVariantList out;
    if (m_savedAnswers.isEmpty())
        return out;
    for (const Instrument &ins : m_instruments) {
        int score = 0, max = 0;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).instrument != ins.id)
                continue;
            score += std::max(m_savedAnswers.at(i), 0);
            max += m_items.at(i).maxValue;
        }
        QString band;
        for (const auto &[min, name] : ins.cutoffs) {
            if (score >= min)
                band = name;
        }
        out << QVariantMap{{QStringLiteral("name"), ins.name}, {QStringLiteral("score"), score}, {QStringLiteral("max"), max},
                           {QStringLiteral("band"), band}, {QStringLiteral("validated"), ins.validated}};
    }
    return out;
}

QString SelfCheck::summary() const
{
    QList<QPair<double, QString>> needs;
    for (auto it = m_profile.cbegin(); it != m_profile.cend(); ++it)
        needs.append({it.value(), it.key()});
    std::sort(needs.begin(), needs.end(), [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    QStringList words;
    for (qsizetype i = 0; i < needs.size() && i < 3; ++i)
        words << CenterRankWording::needName(needs.at(i).second);
    return words.join(QStringLiteral(", "));
}

} // namespace et::models
