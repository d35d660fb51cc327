#include "CaseWords.h"

namespace caseline {

QString CaseWords::channel(const QString &channel)
{
    if (channel == QLatin1String("phone")) {
        return tr("phone");
    }
    if (channel == QLatin1String("email")) {
        return tr("e-mail");
    }
    if (channel == QLatin1String("sms")) {
        return tr("SMS");
    }
    if (channel == QLatin1String("chat")) {
        return tr("chat");
    }
    if (channel == QLatin1String("store")) {
        return tr("in store");
    }
    if (channel == QLatin1String("social")) {
        return tr("social media");
    }
    if (channel == QLatin1String("complaint-form")) {
        return tr("complaint form");
    }
    return channel;
}

QString CaseWords::language(const QString &code)
{
    if (code == QLatin1String("it")) {
        return tr("Italian");
    }
    if (code == QLatin1String("de")) {
        return tr("German");
    }
    if (code == QLatin1String("es")) {
        return tr("Spanish");
    }
    if (code == QLatin1String("fr")) {
        return tr("French");
    }
    if (code == QLatin1String("en")) {
        return tr("English");
    }
    return code;
}

} // namespace caseline
