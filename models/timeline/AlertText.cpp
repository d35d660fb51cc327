#include "timeline/AlertText.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <iterator>

namespace caseline::AlertText {

namespace {

const QString dateTimeFormat = QStringLiteral("d MMM yyyy HH:mm");

// The status codes the back-office systems send, for lupdate; the words are looked up at run
// time with the same context and comment, and an unknown code shows as its words untranslated.
const char *const statusComment = "a status reported by a back-office system";
const struct
{
    const char *source;
    const char *comment;
} statusWords[] = {
    QT_TRANSLATE_NOOP3("AlertText", "placed", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "created", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "dispatched", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "in transit", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "out for delivery",
                       "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "delivered", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "failed", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "cancelled", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "rescheduled", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "updated", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "authorized", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "label sent", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "received", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "succeeded", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "pending", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "open", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "accepted", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "resolved", "a status reported by a back-office system"),
    QT_TRANSLATE_NOOP3("AlertText", "returned", "a status reported by a back-office system"),
};

QString utcTime(const QDateTime &at)
{
    //: %1 is a date and time, e.g. "16 Oct 2026 07:30"
    return QCoreApplication::translate("AlertText", "%1 UTC")
        .arg(QLocale().toString(at.toUTC(), dateTimeFormat));
}

} // namespace

std::string storedMoney(long long minorUnits, const std::string &currency)
{
    const QString amount = QLocale::c().toString(static_cast<double>(minorUnits) / 100.0, 'f', 2);
    return (currency.empty() ? amount
                             : amount + QLatin1Char(' ') + QString::fromStdString(currency))
        .toStdString();
}

std::string money(long long minorUnits, const std::string &currency)
{
    // The default locale's decimal point, without grouping, so English keeps "1234.50".
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString amount = locale.toString(static_cast<double>(minorUnits) / 100.0, 'f', 2);
    if (currency.empty()) {
        return amount.toStdString();
    }
    //: An amount of money: %1 is the amount ("49.90"), %2 the currency code ("EUR")
    return QCoreApplication::translate("AlertText", "%1 %2", "amount and currency")
        .arg(amount, QString::fromStdString(currency))
        .toStdString();
}

std::string time(const QDateTime &at)
{
    if (!at.isValid()) {
        return QCoreApplication::translate("AlertText", "an unknown time").toStdString();
    }
    return utcTime(at).toStdString();
}

std::string window(const DeliveryWindow &window)
{
    const QDateTime from = window.from.toUTC();
    const QDateTime to = window.to.toUTC();
    if (from.isValid() && to.isValid() && from.date() == to.date()) {
        const QLocale locale;
        //: A delivery window within one day: %1 is its start with the date ("19 Oct 2026 08:00"),
        //: %2 its end time ("12:00")
        return QCoreApplication::translate("AlertText", "%1-%2 UTC")
            .arg(locale.toString(from, dateTimeFormat),
                 locale.toString(to, QStringLiteral("HH:mm")))
            .toStdString();
    }
    //: A delivery window over several days: %1 and %2 are its ends ("19 Oct 2026 08:00 UTC")
    return QCoreApplication::translate("AlertText", "%1 to %2")
        .arg(QString::fromStdString(time(from)), QString::fromStdString(time(to)))
        .toStdString();
}

std::string duration(std::chrono::seconds length)
{
    // Rounded down to the unit an agent would say: "5 days", "36 h", "45 min".
    const long long seconds = std::max(0LL, static_cast<long long>(length.count()));
    // Plain ints for the %n calls: lupdate does not read casts as the count.
    if (seconds >= 2 * 86400) {
        const int days = static_cast<int>(seconds / 86400);
        //: A duration of two days or more
        return QCoreApplication::translate("AlertText", "%n days", nullptr, days).toStdString();
    }
    if (seconds >= 3600) {
        const int hours = static_cast<int>(seconds / 3600);
        //: A duration in hours, abbreviated
        return QCoreApplication::translate("AlertText", "%n h", nullptr, hours).toStdString();
    }
    const int minutes = static_cast<int>(seconds / 60);
    //: A duration in minutes, abbreviated
    return QCoreApplication::translate("AlertText", "%n min", nullptr, minutes).toStdString();
}

std::string list(const std::vector<std::string> &items)
{
    QString text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString item = QString::fromStdString(items[i]);
        if (i == 0) {
            text = item;
        } else if (i + 1 < items.size()) {
            //: Joins an item to a list that continues: %1 is the list so far, %2 the next item
            text = QCoreApplication::translate("AlertText", "%1, %2", "list").arg(text, item);
        } else {
            //: Joins the last item to a list: %1 is the list so far ("a, b"), %2 the last item
            text = QCoreApplication::translate("AlertText", "%1 and %2", "list").arg(text, item);
        }
    }
    return text.toStdString();
}

std::string units(long long n)
{
    const int count = static_cast<int>(n);
    //: A quantity of an order line's article
    const QString text = QCoreApplication::translate("AlertText", "%n units", nullptr, count);
    return singularWhenUntranslated(text, "%n units", "%n unit", n).toStdString();
}

std::string line(const std::string &lineId, const std::string &description)
{
    const QString id = QString::fromStdString(lineId);
    if (description.empty()) {
        //: An order line: %1 is its number
        return QCoreApplication::translate("AlertText", "line %1").arg(id).toStdString();
    }
    //: An order line: %1 is its number, %2 what was ordered
    return QCoreApplication::translate("AlertText", "line %1 (%2)")
        .arg(id, QString::fromStdString(description))
        .toStdString();
}

std::string status(const std::string &code)
{
    std::string words = code;
    std::replace(words.begin(), words.end(), '_', ' ');
    const bool known = std::any_of(std::begin(statusWords), std::end(statusWords),
                                   [&](const auto &entry) { return words == entry.source; });
    if (!known) {
        return words;
    }
    return QCoreApplication::translate("AlertText", words.c_str(), statusComment).toStdString();
}

QString withoutFinalStop(QString sentence)
{
    while (sentence.endsWith(QLatin1Char('.'))) {
        sentence.chop(1);
    }
    return sentence;
}

QString singularWhenUntranslated(const QString &translated, const char *plural,
                                 const char *singular, long long n)
{
    if (n != 1 || translated != QString::fromUtf8(plural).replace(QStringLiteral("%n"),
                                                                  QStringLiteral("1"))) {
        return translated;
    }
    return QString::fromUtf8(singular).replace(QStringLiteral("%n"), QStringLiteral("1"));
}

} // namespace caseline::AlertText
