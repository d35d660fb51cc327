#include "store/OperatorIdentity.h"

#include "store/CaseDatabase.h"
#include "store/SqlValues.h"

namespace caseline {

using namespace SqlValues;

std::string OperatorIdentity::resolve(CaseDatabase &db, const std::string &osUser)
{
    const std::string login =
        db.driver() == StoreAddress::Driver::Postgresql
            ? db.scalar(QStringLiteral("SELECT current_user")).toString().toStdString()
            : osUser;
    if (login.empty()) {
        return login;
    }
    const QVariant name =
        db.scalar(QStringLiteral("SELECT name FROM staff WHERE login = ?"), {text(login)});
    return name.isNull() ? login : name.toString().toStdString();
}

} // namespace caseline
