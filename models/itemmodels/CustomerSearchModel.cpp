#include "itemmodels/CustomerSearchModel.h"

#include "itemmodels/CaseQueueModel.h"

#include <QLocale>
#include <cstdlib>
#include <set>

namespace caseline {

namespace {

// A child's internal id is its group's row + 1; top-level rows carry 0. Results are only ever
// replaced whole, so a row number is a stable enough address.
constexpr quintptr topLevel = 0;

const QString separator = QStringLiteral(" · ");

} // namespace

CustomerSearchModel::CustomerSearchModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex CustomerSearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, topLevel);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CustomerSearchModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, topLevel);
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() != topLevel || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].children.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Result *result = resultAt(index);
    if (result == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return result->text;
    case Qt::ToolTipRole:
        return result->toolTip.isEmpty() ? result->text : result->toolTip;
    case KindRole:
        return result->kind;
    case CustomerIdRole:
        return result->customerId;
    case OrderIdRole:
        return result->orderId;
    case CaseIdRole:
        return result->caseId;
    case LanguageRole:
        return result->language;
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(CustomerIdRole, "customerId");
    names.insert(OrderIdRole, "orderId");
    names.insert(CaseIdRole, "caseId");
    names.insert(LanguageRole, "language");
    return names;
}

void CustomerSearchModel::setResults(
    const QString &query, const std::vector<Customer> &customers,
    const std::map<std::string, std::vector<Order>> &ordersByCustomer,
    const std::vector<SupportCase> &cases)
{
    beginResetModel();
    m_query = query;
    m_groups.clear();
    std::set<std::string> customerIds;
    for (const Customer &customer : customers) {
        customerIds.insert(customer.id);
        ResultGroup group{customerResult(customer), {}};
        for (const SupportCase &supportCase : cases) {
            if (supportCase.customerId == customer.id) {
                group.children.push_back(caseResult(supportCase));
            }
        }
        const auto orders = ordersByCustomer.find(customer.id);
        if (orders != ordersByCustomer.end()) {
            for (const Order &order : orders->second) {
                Result result = orderResult(order, group.top.language);
                result.customerId = group.top.customerId; // the map's key speaks for the order
                group.children.push_back(std::move(result));
            }
        }
        m_groups.push_back(std::move(group));
    }
    m_customerCount = static_cast<int>(m_groups.size());
    for (const SupportCase &supportCase : cases) {
        if (customerIds.count(supportCase.customerId) == 0) {
            m_groups.push_back({caseResult(supportCase), {}});
        }
    }
    endResetModel();
}

void CustomerSearchModel::clear()
{
    beginResetModel();
    m_query.clear();
    m_groups.clear();
    m_customerCount = 0;
    endResetModel();
}

QString CustomerSearchModel::query() const
{
    return m_query;
}

int CustomerSearchModel::customerCount() const
{
    return m_customerCount;
}

QString CustomerSearchModel::money(long long minorUnits, const QString &currency)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // keep the thousands separator
    const long long magnitude = std::llabs(minorUnits);
    QString text = c.toString(static_cast<qlonglong>(magnitude / 100)) + QLatin1Char('.') +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (minorUnits < 0) {
        text.prepend(QLatin1Char('-'));
    }
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString CustomerSearchModel::orderStatusTitle(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return tr("Placed");
    case OrderStatus::Dispatched:
        return tr("Dispatched");
    case OrderStatus::Delivered:
        return tr("Delivered");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString::fromStdString(toString(status));
}

CustomerSearchModel::Result CustomerSearchModel::customerResult(const Customer &customer)
{
    Result result;
    result.kind = QStringLiteral("customer");
    result.customerId = QString::fromStdString(customer.id);
    result.language = QString::fromStdString(customer.language);
    QStringList contacts;
    for (const std::string &contact : {customer.email, customer.phone}) {
        if (!contact.empty()) {
            contacts.append(QString::fromStdString(contact));
        }
    }
    const QString name = QString::fromStdString(customer.name);
    result.text =
        contacts.isEmpty() ? name : tr("%1 — %2").arg(name, contacts.join(QStringLiteral(", ")));
    const Address &address = customer.address;
    QStringList place;
    for (const std::string &part :
         {address.line1, address.postalCode + " " + address.city, address.country}) {
        const QString text = QString::fromStdString(part).trimmed();
        if (!text.isEmpty()) {
            place.append(text);
        }
    }
    result.toolTip = place.isEmpty()
                         ? result.text
                         : tr("%1\n%2").arg(result.text, place.join(QStringLiteral(", ")));
    return result;
}

CustomerSearchModel::Result CustomerSearchModel::caseResult(const SupportCase &supportCase)
{
    Result result;
    result.kind = QStringLiteral("case");
    result.customerId = QString::fromStdString(supportCase.customerId);
    result.caseId = supportCase.id;
    result.language = QString::fromStdString(supportCase.customerLanguage);
    result.text = QStringList{QString::fromStdString(supportCase.reference()),
                              QString::fromStdString(supportCase.subject),
                              CaseQueueModel::statusTitle(supportCase.status)}
                      .join(separator);
    return result;
}

CustomerSearchModel::Result CustomerSearchModel::orderResult(const Order &order,
                                                             const QString &language)
{
    Result result;
    result.kind = QStringLiteral("order");
    result.customerId = QString::fromStdString(order.customerId);
    result.orderId = QString::fromStdString(order.id);
    result.language = language;
    QStringList parts{QString::fromStdString(order.id), orderStatusTitle(order.status)};
    if (order.placedAt.isValid()) {
        parts.append(
            QLocale().toString(order.placedAt.toLocalTime().date(), QStringLiteral("dd MMM yyyy")));
    }
    parts.append(money(order.total, QString::fromStdString(order.currency)));
    result.text = parts.join(separator);
    return result;
}

const CustomerSearchModel::Result *CustomerSearchModel::resultAt(const QModelIndex &index) const
{
    if (index.internalId() == topLevel) {
        return &m_groups[static_cast<std::size_t>(index.row())].top;
    }
    const std::size_t group = static_cast<std::size_t>(index.internalId() - 1);
    if (group >= m_groups.size()) {
        return nullptr;
    }
    const std::vector<Result> &children = m_groups[group].children;
    const auto row = static_cast<std::size_t>(index.row());
    return row < children.size() ? &children[row] : nullptr;
}

} // namespace caseline
