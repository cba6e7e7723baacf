<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;overspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow overspending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>People, Accounts and Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move its entries &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entries to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Allot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Envelopes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search payee or memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Income…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer Between &amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People, Accounts and Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Allot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still in use after moving its entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the combined monthly budget would be too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entries cannot be moved to the category itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 entries and %3 budget moves; choose a category to move them to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete category %1, moving its entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the undo history is damaged (step %1 names %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo budget: this budget already has people in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is not a valid day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not edit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be above zero and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a part of split %1; edit the split instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount, category and account of a %1 cannot be edited; delete it and enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a part of split %1; delete the split instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s name is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1&apos;s name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a person called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person %1 with all their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opening balance is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 account cannot open below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already an account called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly budget must be between 0.00 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a category called &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set currency to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no account called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no category called &quot;%1&quot; for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; does not belong to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register has no row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid month was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the spending by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the budget against actual spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the income against spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report needs at least one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report would start before the year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has a date outside the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total must be above zero and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split needs two or more parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 must be above zero and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memo of part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the total %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split may have at most 1000 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split %1 across %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not split entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split entry %1 across %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not transfer budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source and the destination are the same category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no month was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 available in %3, less than %4 (allow overspending to move it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not transfer between accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source and the destination are the same account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 account %2 has only %3, and it cannot go below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1 from account %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the digits 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than the largest amount, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the decimals after a dot, as in 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: there is no month %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that day does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist (create a new budget with &quot;allot-cli --db FILE init&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created: the folder %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: Allot needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used: its folder is read-only and SQLite needs to create its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of Allot (schema version %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema version %1 (%2) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: it is not an Allot database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an Allot database: it is not an SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an empty SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database of another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Allot database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not switch to WAL journaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something with the same name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to something that does not exist, or something still refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value breaks a rule of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported an unexpected error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database stopped the action after an error and undid it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault was injected by a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it took too long (more than %1) and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction had already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inner transaction was left open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::AccountModel</name>
    <message>
        <source>Show the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account, opened with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::AmountEdit</name>
    <message>
        <source>write the amount without thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::Application</name>
    <message>
        <source>Household budgeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one budget file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the two envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 available. Tick &quot;Allow overspending&quot; to move more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::DialogSupport</name>
    <message>
        <source>List the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::EntryDialog</name>
    <message>
        <source>Add Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the date, payee and memo of a split or transfer can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the expense</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::EnvelopeModel</name>
    <message>
        <source>Show the envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget %1, moved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::ErrorDialogPresenter</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the budget. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk has free space and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::HouseholdDialog</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing: refuse if used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with all their categories and entries? You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Allot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allot budgets (*.allot);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: budget %2 · spent %3 · available %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Allot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Allot %1&lt;/h3&gt;&lt;p&gt;A household budget in which every action is saved whole or not at all.&lt;/p&gt;&lt;p&gt;Built with Qt %2 on SQLite.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category to merge and the one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n budget moves</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>and a monthly budget of %1 will move to %2; then %3 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::RegisterModel</name>
    <message>
        <source>Show the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the parts of a split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::ReportsView</name>
    <message>
        <source>No spending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by category, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A slice of the spending donut: category name and its share, e.g. &quot;Food 12.3 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No categories to compare in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget against actual, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income or spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No income or spending from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and spending, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::SplitDialog</name>
    <message>
        <source>Split Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is not an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split needs two or more parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still to be placed in a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts are %1 more than the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the split</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>allot::UndoStackMirror</name>
    <message>
        <source>Read the undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
