#include "backoffice/HttpError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace caseline {

namespace {

// "127.0.0.1:8480" or "payments.example.com": the part of the address an agent can pass on to
// IT, empty when there is none. Paths and queries are left out, as queries may carry customer
// data.
QString serverAddress(const std::string &url)
{
    const QUrl parsed(QString::fromStdString(url));
    if (url.empty() || !parsed.isValid() || parsed.host().isEmpty()) {
        return {};
    }
    QString name = parsed.host();
    if (parsed.port() >= 0) {
        name += QLatin1Char(':') + QString::number(parsed.port());
    }
    return name;
}

// The server as the subject of most sentences. Only there: after "from" or "to" it would need
// another case or article in some languages, so those sentences name the server themselves.
QString serverName(const QString &address)
{
    if (address.isEmpty()) {
        //: Names a back-office server whose address is not known; it is the %1 (the subject)
        //: of the other error sentences about a back-office call
        return QCoreApplication::translate("HttpError", "the server",
                                           "subject of an error sentence");
    }
    //: Names a back-office server, %1 is its host and port ("127.0.0.1:8480"); it is the %1 (the
    //: subject) of the other error sentences about a back-office call
    return QCoreApplication::translate("HttpError", "the server at %1",
                                       "subject of an error sentence")
        .arg(address);
}

// The sentences begin with the server's name in English; a translation's first word gets the
// capital letter whatever it is.
std::string capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text.toStdString();
}

QString duration(long milliseconds)
{
    // The language's decimal sign, but no grouping: "2.5 s", "10 s", "2,5 s".
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (milliseconds < 1000) {
        //: A time limit in milliseconds, inside an error sentence
        return QCoreApplication::translate("HttpError", "%1 ms", "time limit")
            .arg(locale.toString(static_cast<qlonglong>(milliseconds)));
    }
    const long tenths = (milliseconds + 50) / 100;
    const QString seconds = tenths % 10 == 0
                                ? locale.toString(static_cast<qlonglong>(tenths / 10))
                                : locale.toString(static_cast<double>(tenths) / 10.0, 'f', 1);
    //: A time limit in seconds, inside an error sentence
    return QCoreApplication::translate("HttpError", "%1 s", "time limit").arg(seconds);
}

QString sentence(QString text)
{
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
        !text.endsWith(QLatin1Char('?'))) {
        text += QLatin1Char('.');
    }
    return text;
}

// %1 of the sentences is the server's name, %2 the status in parentheses.
QString statusMessage(const HttpError &error, const QString &server)
{
    QString code = QString::number(error.status);
    if (error.attempts > 1) {
        //: Inside the parentheses of an error sentence: %1 is the HTTP status code ("503"), %2 how
        //: many times the request was sent (always more than one)
        code = QCoreApplication::translate("HttpError", "%1, %2 attempts", "HTTP status")
                   .arg(code, QString::number(error.attempts));
    }
    const std::string &problem =
        error.problemDetail.empty() ? error.problemTitle : error.problemDetail;
    if (!problem.empty()) {
        //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("409"),
        //: %3 the server's own explanation (usually English)
        return sentence(QCoreApplication::translate("HttpError", "%1 refused the request (%2): %3")
                            .arg(server, code, QString::fromStdString(problem)));
    }
    switch (error.status) {
    case 401:
    case 403:
        //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("401")
        return QCoreApplication::translate("HttpError",
                                           "%1 refused access (%2); the credentials may be wrong.")
            .arg(server, code);
    case 404:
        //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("404")
        return QCoreApplication::translate("HttpError", "%1 does not know the requested item (%2).")
            .arg(server, code);
    case 429:
        //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("429")
        return QCoreApplication::translate("HttpError", "%1 is too busy (%2); try again shortly.")
            .arg(server, code);
    default:
        break;
    }
    if (error.status >= 500) {
        //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("503")
        return QCoreApplication::translate("HttpError", "%1 had an internal problem (%2).")
            .arg(server, code);
    }
    //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the HTTP status ("400")
    return QCoreApplication::translate("HttpError", "%1 rejected the request (%2).")
        .arg(server, code);
}

// "The answer from the server at …": named in the sentence itself, see serverName().
QString unreadableAnswer(const QString &address, const QString &field)
{
    if (address.isEmpty() && field.isEmpty()) {
        return QCoreApplication::translate("HttpError",
                                           "The answer from the server could not be understood.");
    }
    if (address.isEmpty()) {
        //: %1 is the field of the answer that was wrong ("lines[0].quantity")
        return QCoreApplication::translate(
                   "HttpError", "The answer from the server could not be understood (field %1).")
            .arg(field);
    }
    if (field.isEmpty()) {
        //: %1 is the server's host and port ("127.0.0.1:8480")
        return QCoreApplication::translate(
                   "HttpError", "The answer from the server at %1 could not be understood.")
            .arg(address);
    }
    //: %1 is the server's host and port ("127.0.0.1:8480"), %2 the field of the answer that was
    //: wrong ("lines[0].quantity")
    return QCoreApplication::translate(
               "HttpError", "The answer from the server at %1 could not be understood (field %2).")
        .arg(address, field);
}

// One sentence per kind, and one with the attempts when there were several.
QString sentenceFor(const HttpError &error)
{
    const QString address = serverAddress(error.url);
    const QString server = serverName(address);
    const QString attempts = QString::number(error.attempts);
    const bool retried = error.attempts > 1;
    switch (error.kind) {
    case HttpError::Kind::Timeout:
        if (error.timeoutMs > 0 && retried) {
            //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the time limit
            //: ("10 s"), %3 how many times the request was sent (always more than one)
            return QCoreApplication::translate("HttpError",
                                               "%1 did not answer within %2 (%3 attempts).")
                .arg(server, duration(error.timeoutMs), attempts);
        }
        if (error.timeoutMs > 0) {
            //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is the time limit ("10 s")
            return QCoreApplication::translate("HttpError", "%1 did not answer within %2.")
                .arg(server, duration(error.timeoutMs));
        }
        if (retried) {
            //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is how many times the
            //: request was sent (always more than one)
            return QCoreApplication::translate("HttpError",
                                               "%1 did not answer in time (%2 attempts).")
                .arg(server, attempts);
        }
        //: %1 names the server ("the server at 127.0.0.1:8480")
        return QCoreApplication::translate("HttpError", "%1 did not answer in time.").arg(server);
    case HttpError::Kind::Connection:
        if (retried) {
            //: %1 names the server ("the server at 127.0.0.1:8480"), %2 is how many times the
            //: request was sent (always more than one)
            return QCoreApplication::translate(
                       "HttpError", "%1 could not be reached or cut the connection (%2 attempts).")
                .arg(server, attempts);
        }
        //: %1 names the server ("the server at 127.0.0.1:8480")
        return QCoreApplication::translate("HttpError",
                                           "%1 could not be reached or cut the connection.")
            .arg(server);
    case HttpError::Kind::Tls:
        //: %1 names the server ("the server at 127.0.0.1:8480")
        return QCoreApplication::translate(
                   "HttpError",
                   "%1 could not prove its identity, so the secure connection was refused.")
            .arg(server);
    case HttpError::Kind::HttpStatus:
        return statusMessage(error, server);
    case HttpError::Kind::MalformedPayload:
        return unreadableAnswer(address, QString::fromStdString(error.field));
    case HttpError::Kind::Cancelled:
        if (address.isEmpty()) {
            return QCoreApplication::translate("HttpError",
                                               "The request to the server was cancelled.");
        }
        //: %1 is the server's host and port ("127.0.0.1:8480")
        return QCoreApplication::translate("HttpError",
                                           "The request to the server at %1 was cancelled.")
            .arg(address);
    }
    //: %1 names the server ("the server at 127.0.0.1:8480")
    return QCoreApplication::translate("HttpError", "%1 could not be used.").arg(server);
}

} // namespace

std::string HttpError::message() const
{
    return capitalized(sentenceFor(*this));
}

bool HttpError::retryable() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Connection:
        return true;
    case Kind::HttpStatus:
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    case Kind::Tls:
    case Kind::MalformedPayload:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

} // namespace caseline
