#include "store/StoreTransaction.h"

#include "store/CaseDatabase.h"

namespace caseline {

StoreTransaction::StoreTransaction(CaseDatabase &db)
    : m_db(db)
{
    m_db.begin();
}

StoreTransaction::~StoreTransaction()
{
    if (m_open) {
        m_db.rollback();
    }
}

void StoreTransaction::commit()
{
    m_db.commit();
    m_open = false;
}

} // namespace caseline
