#pragma once

namespace caseline {

class CaseDatabase;

// A transaction that rolls back unless commit() is reached, so an exception half-way leaves
// the store as it was.
class StoreTransaction
{
public:
    explicit StoreTransaction(CaseDatabase &db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    void commit();

private:
    CaseDatabase &m_db;
    bool m_open = true;
};

} // namespace caseline
