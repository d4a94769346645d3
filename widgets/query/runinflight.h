#pragma once
#include <QList>
#include <QString>

class ResultPage;

// What a query tab remembers about the run it sent last, until the next one: each statement's
// start in the editor text as it was when run, so a server error position can be shown in
// place (only while the text is unchanged), and what the run has shown so far.
struct RunInFlight
{
    QList<int> offsets;              // per statement, in `text`
    QString text;                    // the editor's text when Run was pressed
    int statementCount = 0;
    bool showedError = false;
    bool hadResult = false;
    bool endingTransaction = false;  // the outcome to come is our own COMMIT / ROLLBACK
    int statementIndex = 0;          // the statement running now
    QString statementText;
    ResultPage *result = nullptr;    // where its rows go (null: past the result tab limit)
    bool toldAboutLimit = false;

    void reset() { *this = RunInFlight(); }
    bool isScript() const { return statementCount > 1; }
};
