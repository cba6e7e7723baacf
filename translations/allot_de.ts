<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation>Überweisung zwischen Konten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Vom Konto</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>Auf das Konto</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation>Budget umbuchen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From category</source>
        <translation>Von Kategorie</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>To category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Verfügbar:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Allow &amp;overspending</source>
        <translation>Über&amp;ziehen erlauben</translation>
    </message>
    <message>
        <source>Allow overspending</source>
        <translation>Überziehen erlauben</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>People, Accounts and Categories</source>
        <translation>Personen, Konten und Kategorien</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>New account&apos;s name</source>
        <translation>Name des neuen Kontos</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ka&amp;tegorien</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>New category&apos;s name</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation>Kategorie hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Move its entries &amp;to:</source>
        <translation>Einträge verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>Move entries to</source>
        <translation>Einträge verschieben nach</translation>
    </message>
    <message>
        <source>D&amp;elete category</source>
        <translation>Kategorie lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>&amp;Währung (ISO-Code):</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Anwen&amp;den</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Bank File</source>
        <translation>Bankdatei importieren</translation>
    </message>
    <message>
        <source>Into &amp;account:</source>
        <translation>&amp;Zielkonto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;When a row cannot be imported:</source>
        <translation>&amp;Wenn eine Zeile nicht importiert werden kann:</translation>
    </message>
    <message>
        <source>Import mode</source>
        <translation>Importmodus</translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation>CSV-Spalten</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>K&amp;opfzeile:</translation>
    </message>
    <message>
        <source>Header row (0: none)</source>
        <translation>Kopfzeile (0: keine)</translation>
    </message>
    <message>
        <source>&amp;First record:</source>
        <translation>E&amp;rster Datensatz:</translation>
    </message>
    <message>
        <source>First record row</source>
        <translation>Zeile des ersten Datensatzes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Datumsspalte</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>Dezi&amp;malzeichen:</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dezimalzeichen</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation>Betragsspalte</translation>
    </message>
    <message>
        <source>Money &amp;out:</source>
        <translation>Geld&amp;ausgang:</translation>
    </message>
    <message>
        <source>Money out column</source>
        <translation>Spalte für Geldausgang</translation>
    </message>
    <message>
        <source>Money &amp;in:</source>
        <translation>&amp;Geldeingang:</translation>
    </message>
    <message>
        <source>Money in column</source>
        <translation>Spalte für Geldeingang</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Payee column</source>
        <translation>Empfängerspalte</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Memo column</source>
        <translation>Notizspalte</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Kategoriespalte</translation>
    </message>
    <message>
        <source>Sa&amp;ved mapping:</source>
        <translation>Gespeic&amp;herte Spaltenzuordnung:</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Name, e.g. the bank</source>
        <translation>Name, z. B. die Bank</translation>
    </message>
    <message>
        <source>Name to save the mapping under</source>
        <translation>Name, unter dem die Spaltenzuordnung gespeichert wird</translation>
    </message>
    <message>
        <source>Save ma&amp;pping</source>
        <translation>Spaltenzuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Fli&amp;p signs</source>
        <translation>&amp;Vorzeichen umkehren</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>Datumsschreibweise:</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Categories of the file</source>
        <translation>Kategorien der Datei</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>Kategorie in der Datei</translation>
    </message>
    <message>
        <source>Put it in</source>
        <translation>Zuordnen zu</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Allot</source>
        <translation>Allot</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Envelopes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Umschläge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Umschläge</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Kassenbuch</translation>
    </message>
    <message>
        <source>Search payee or memo</source>
        <translation>Empfänger oder Notiz suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>All &amp;months</source>
        <translation>Alle &amp;Monate</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Kassenbuch</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation>&amp;Neues Budget…</translation>
    </message>
    <message>
        <source>&amp;Open Budget…</source>
        <translation>Budget ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Add &amp;Expense…</source>
        <translation>&amp;Ausgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Income…</source>
        <translation>&amp;Einnahme hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>Auf&amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Transfer Budget…</source>
        <translation>Budget &amp;umbuchen…</translation>
    </message>
    <message>
        <source>Transfer Between &amp;Accounts…</source>
        <translation>Überweisung zwischen &amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Merge Categories…</source>
        <translation>Kategorien &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;People, Accounts and Categories…</source>
        <translation>&amp;Personen, Konten und Kategorien…</translation>
    </message>
    <message>
        <source>&amp;About Allot</source>
        <translation>Ü&amp;ber Allot</translation>
    </message>
    <message>
        <source>&amp;Import Bank File…</source>
        <translation>Bankdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation>Einträge e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation>Kategorien zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation>Zu&amp;sammenführen:</translation>
    </message>
    <message>
        <source>Category to merge</source>
        <translation>Aufzulösende Kategorie</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>Category to keep</source>
        <translation>Verbleibende Kategorie</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Was verschoben wird</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Gesamtbetrag:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>Teil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>Teil ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Rest</translation>
    </message>
</context>
<context>
    <name>allot</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Could not create the entries</source>
        <translation>Die Einträge konnten nicht angelegt werden</translation>
    </message>
    <message>
        <source>Create %1 entries</source>
        <translation>%1 Einträge anlegen</translation>
    </message>
    <message>
        <source>the database gave no answer</source>
        <translation>die Datenbank hat nicht geantwortet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still in use after moving its entries</source>
        <translation>„%1“ wird nach dem Verschieben ihrer Einträge noch verwendet</translation>
    </message>
    <message>
        <source>Could not merge the categories</source>
        <translation>Die Kategorien konnten nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>a category cannot be merged into itself</source>
        <translation>eine Kategorie kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>the combined monthly budget would be too large</source>
        <translation>das gemeinsame Monatsbudget wäre zu groß</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <source>Could not delete the category</source>
        <translation>Die Kategorie konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>its entries cannot be moved to the category itself</source>
        <translation>ihre Einträge können nicht in dieselbe Kategorie verschoben werden</translation>
    </message>
    <message>
        <source>Delete category %1</source>
        <translation>Kategorie %1 löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 entries and %3 budget moves; choose a category to move them to</source>
        <translation>„%1“ wird von %2 Einträgen und %3 Budgetumbuchungen verwendet; wählen Sie eine Kategorie, in die sie verschoben werden sollen</translation>
    </message>
    <message>
        <source>Delete category %1, moving its entries to %2</source>
        <translation>Kategorie %1 löschen und ihre Einträge nach %2 verschieben</translation>
    </message>
    <message>
        <source>the undo history is damaged (step %1 names %2)</source>
        <translation>der Verlauf ist beschädigt (Schritt %1 nennt %2)</translation>
    </message>
    <message>
        <source>row %1 of %2 no longer exists</source>
        <translation>Zeile %1 der Tabelle %2 existiert nicht mehr</translation>
    </message>
    <message>
        <source>the unknown table &quot;%1&quot;</source>
        <translation>die unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <source>the unknown column &quot;%1&quot;</source>
        <translation>die unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>Could not create the demo budget: this budget already has people in it</source>
        <translation>Das Demo-Budget konnte nicht angelegt werden: dieses Budget enthält bereits Personen</translation>
    </message>
    <message>
        <source>Demo entries</source>
        <translation>Demo-Einträge</translation>
    </message>
    <message>
        <source>the date is not a valid day</source>
        <translation>das Datum ist kein gültiger Tag</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>der Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>the amount is larger than %1</source>
        <translation>der Betrag ist größer als %1</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Could not add the income</source>
        <translation>Die Einnahme konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not add the expense</source>
        <translation>Die Ausgabe konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Could not edit entry %1</source>
        <translation>Eintrag %1 konnte nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>the amount must be above zero and at most %1</source>
        <translation>der Betrag muss größer als null und höchstens %1 sein</translation>
    </message>
    <message>
        <source>it is a part of split %1; edit the split instead</source>
        <translation>er ist Teil der Aufteilung %1; bearbeiten Sie stattdessen die Aufteilung</translation>
    </message>
    <message>
        <source>the amount, category and account of a %1 cannot be edited; delete it and enter it again</source>
        <translation>Betrag, Kategorie und Konto eines Eintrags der Art „%1“ können nicht geändert werden; löschen Sie ihn und geben Sie ihn neu ein</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Eintrag %2 (%1) bearbeiten</translation>
    </message>
    <message>
        <source>Could not delete entry %1</source>
        <translation>Eintrag %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>it is a part of split %1; delete the split instead</source>
        <translation>er ist Teil der Aufteilung %1; löschen Sie stattdessen die Aufteilung</translation>
    </message>
    <message>
        <source>Delete %1 %2 %3</source>
        <translation>Eintrag löschen: %1 %2 %3</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>das Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>das Feld „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the %1 needs a name</source>
        <translation>%1 braucht einen Namen</translation>
    </message>
    <message>
        <source>the %1&apos;s name is longer than %2 characters</source>
        <translation>der Name für %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the %1&apos;s name contains a control character</source>
        <translation>der Name für %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>Could not add the person &quot;%1&quot;</source>
        <translation>Die Person „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>person</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>there is already a person called &quot;%1&quot;</source>
        <translation>es gibt bereits eine Person namens „%1“</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>Could not delete the person</source>
        <translation>Die Person konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete person %1 with all their data</source>
        <translation>Person %1 mit allen Daten löschen</translation>
    </message>
    <message>
        <source>Could not add the account &quot;%1&quot;</source>
        <translation>Das Konto „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <source>the opening balance is too large</source>
        <translation>der Anfangssaldo ist zu groß</translation>
    </message>
    <message>
        <source>a %1 account cannot open below zero</source>
        <translation>ein Konto der Art „%1“ kann nicht mit einem Saldo unter null eröffnet werden</translation>
    </message>
    <message>
        <source>there is already an account called &quot;%1&quot;</source>
        <translation>es gibt bereits ein Konto namens „%1“</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>Konto %1 hinzufügen</translation>
    </message>
    <message>
        <source>Could not add the category &quot;%1&quot;</source>
        <translation>Die Kategorie „%1“ konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>category</source>
        <translation>die Kategorie</translation>
    </message>
    <message>
        <source>the monthly budget must be between 0.00 and %1</source>
        <translation>das Monatsbudget muss zwischen 0.00 und %1 liegen</translation>
    </message>
    <message>
        <source>%1 already has a category called &quot;%2&quot;</source>
        <translation>%1 hat bereits eine Kategorie namens „%2“</translation>
    </message>
    <message>
        <source>Add category %1 for %2</source>
        <translation>Kategorie %1 für %2 hinzufügen</translation>
    </message>
    <message>
        <source>Could not change the currency</source>
        <translation>Die Währung konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Set currency to %1</source>
        <translation>Währung auf %1 setzen</translation>
    </message>
    <message>
        <source>there is no person called &quot;%1&quot;</source>
        <translation>es gibt keine Person namens „%1“</translation>
    </message>
    <message>
        <source>person %1 does not exist</source>
        <translation>Person %1 existiert nicht</translation>
    </message>
    <message>
        <source>there is no account called &quot;%1&quot;</source>
        <translation>es gibt kein Konto namens „%1“</translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation>Konto %1 existiert nicht</translation>
    </message>
    <message>
        <source>there is no category called &quot;%1&quot; for this person</source>
        <translation>diese Person hat keine Kategorie namens „%1“</translation>
    </message>
    <message>
        <source>category %1 does not exist</source>
        <translation>Kategorie %1 existiert nicht</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; does not belong to %2</source>
        <translation>die Kategorie „%1“ gehört nicht zu %2</translation>
    </message>
    <message>
        <source>entry %1 does not exist</source>
        <translation>Eintrag %1 existiert nicht</translation>
    </message>
    <message>
        <source>the register has no row %1</source>
        <translation>das Kassenbuch hat keine Zeile %1</translation>
    </message>
    <message>
        <source>no valid month was given</source>
        <translation>es wurde kein gültiger Monat angegeben</translation>
    </message>
    <message>
        <source>Could not read the spending by category</source>
        <translation>Die Ausgaben nach Kategorie konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the budget against actual spending</source>
        <translation>Budget und tatsächliche Ausgaben konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the income against spending</source>
        <translation>Einnahmen und Ausgaben konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>a report needs at least one month</source>
        <translation>ein Bericht braucht mindestens einen Monat</translation>
    </message>
    <message>
        <source>the report would start before the year 1</source>
        <translation>der Bericht würde vor dem Jahr 1 beginnen</translation>
    </message>
    <message>
        <source>an entry has a date outside the report</source>
        <translation>ein Eintrag hat ein Datum außerhalb des Berichtszeitraums</translation>
    </message>
    <message>
        <source>the total must be above zero and at most %1</source>
        <translation>der Gesamtbetrag muss größer als null und höchstens %1 sein</translation>
    </message>
    <message>
        <source>a split needs two or more parts</source>
        <translation>eine Aufteilung braucht zwei oder mehr Teile</translation>
    </message>
    <message>
        <source>part %1 must be above zero and at most %2</source>
        <translation>Teil %1 muss größer als null und höchstens %2 sein</translation>
    </message>
    <message>
        <source>memo of part %1</source>
        <translation>Notiz von Teil %1</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the total %2 (%3 %4)</source>
        <translation>die Teile ergeben zusammen %1, nicht den Gesamtbetrag %2 (%4 %3)</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>zu wenig</translation>
    </message>
    <message>
        <source>Could not save the split</source>
        <translation>Die Aufteilung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a split may have at most 1000 parts</source>
        <translation>eine Aufteilung darf höchstens 1000 Teile haben</translation>
    </message>
    <message>
        <source>Split %1 across %2</source>
        <translation>%1 auf %2 aufteilen</translation>
    </message>
    <message>
        <source>Could not split entry %1</source>
        <translation>Eintrag %1 konnte nicht aufgeteilt werden</translation>
    </message>
    <message>
        <source>a %1 cannot be split</source>
        <translation>ein Eintrag der Art „%1“ kann nicht aufgeteilt werden</translation>
    </message>
    <message>
        <source>Split entry %1 across %2</source>
        <translation>Eintrag %1 auf %2 aufteilen</translation>
    </message>
    <message>
        <source>Could not transfer budget</source>
        <translation>Das Budget konnte nicht umgebucht werden</translation>
    </message>
    <message>
        <source>the source and the destination are the same category</source>
        <translation>Quelle und Ziel sind dieselbe Kategorie</translation>
    </message>
    <message>
        <source>no month was given</source>
        <translation>es wurde kein Monat angegeben</translation>
    </message>
    <message>
        <source>%1 has only %2 available in %3, less than %4 (allow overspending to move it anyway)</source>
        <translation>%1 hat in %3 nur %2 verfügbar, weniger als %4 (erlauben Sie Überziehen, um trotzdem umzubuchen)</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3</source>
        <translation>Umbuchung %1 von %2 nach %3</translation>
    </message>
    <message>
        <source>Could not transfer between accounts</source>
        <translation>Die Überweisung zwischen den Konten konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>the source and the destination are the same account</source>
        <translation>Quelle und Ziel sind dasselbe Konto</translation>
    </message>
    <message>
        <source>Transfer %1 from account %2 to %3</source>
        <translation>Überweisung %1 von Konto %2 nach %3</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängigmachen nicht möglich</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>„%1“ ist kein Betrag: %2</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>Der Betrag ist leer</translation>
    </message>
    <message>
        <source>use the digits 0-9</source>
        <translation>verwenden Sie die Ziffern 0-9</translation>
    </message>
    <message>
        <source>it is larger than the largest amount, %1</source>
        <translation>er ist größer als der größtmögliche Betrag, %1</translation>
    </message>
    <message>
        <source>it has more than two decimals</source>
        <translation>er hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>er enthält keine Ziffern</translation>
    </message>
    <message>
        <source>write the decimals after a dot, as in 12.50</source>
        <translation>schreiben Sie die Nachkommastellen nach einem Punkt, etwa 12.50</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>unerwartetes Zeichen „%1“ an Position %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero</source>
        <translation>„%1“ ist kein Betrag größer als null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM</source>
        <translation>„%1“ ist kein Monat: schreiben Sie ihn als JJJJ-MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: there is no month %2</source>
        <translation>„%1“ ist kein Monat: es gibt keinen Monat %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum: schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that day does not exist</source>
        <translation>„%1“ ist kein Datum: diesen Tag gibt es nicht</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>is not a file name</source>
        <translation>ist kein Dateiname</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot be opened: the folder %1 does not exist</source>
        <translation>kann nicht geöffnet werden: der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>does not exist (create a new budget with &quot;allot-cli --db FILE init&quot;)</source>
        <translation>existiert nicht (legen Sie ein neues Budget mit „allot-cli --db DATEI init“ an)</translation>
    </message>
    <message>
        <source>cannot be created: the folder %1 is read-only</source>
        <translation>kann nicht angelegt werden: der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>is read-only: Allot needs to write to it</source>
        <translation>ist schreibgeschützt: Allot muss hineinschreiben können</translation>
    </message>
    <message>
        <source>cannot be used: its folder is read-only and SQLite needs to create its journal there</source>
        <translation>kann nicht verwendet werden: der Ordner ist schreibgeschützt, und SQLite muss dort sein Journal anlegen</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot be opened: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>kann nicht geöffnet werden: der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>was written by a newer version of Allot (schema version %1; this version knows up to %2)</source>
        <translation>wurde von einer neueren Version von Allot geschrieben (Schemaversion %1; diese Version kennt nur bis %2)</translation>
    </message>
    <message>
        <source>upgrading to schema version %1 (%2) failed</source>
        <translation>die Aktualisierung auf Schemaversion %1 (%2) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The database gave no answer</source>
        <translation>Die Datenbank hat nicht geantwortet</translation>
    </message>
    <message>
        <source>it is an empty SQLite database</source>
        <translation>es ist eine leere SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <source>%1 is not an Allot database: %2</source>
        <translation>%1 ist keine Allot-Datenbank: %2</translation>
    </message>
    <message>
        <source>The database could not switch to WAL journaling</source>
        <translation>Die Datenbank konnte nicht auf WAL-Journaling umschalten</translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked</source>
        <translation>die Datenbank ist belegt: ein anderes Programm hielt sie gesperrt</translation>
    </message>
    <message>
        <source>the action was interrupted</source>
        <translation>die Aktion wurde unterbrochen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the database</source>
        <translation>der Datenträger hat beim Lesen oder Schreiben der Datenbank einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the database file cannot be written</source>
        <translation>die Datenbankdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>something with the same name already exists</source>
        <translation>etwas mit demselben Namen existiert bereits</translation>
    </message>
    <message>
        <source>it refers to something that does not exist, or something still refers to it</source>
        <translation>es verweist auf etwas, das nicht existiert, oder etwas verweist noch darauf</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>ein erforderlicher Wert fehlt</translation>
    </message>
    <message>
        <source>a value breaks a rule of the budget</source>
        <translation>ein Wert verletzt eine Regel des Budgets</translation>
    </message>
    <message>
        <source>the database reported an unexpected error (%1)</source>
        <translation>die Datenbank hat einen unerwarteten Fehler gemeldet (%1)</translation>
    </message>
    <message>
        <source>the database stopped the action after an error and undid it</source>
        <translation>die Datenbank hat die Aktion nach einem Fehler abgebrochen und rückgängig gemacht</translation>
    </message>
    <message>
        <source>a fault was injected by a test</source>
        <translation>ein Fehler wurde von einem Test eingeschleust</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>it took too long (more than %1) and was stopped</source>
        <translation>es dauerte zu lange (mehr als %1) und wurde abgebrochen</translation>
    </message>
    <message>
        <source>the transaction had already ended</source>
        <translation>die Transaktion war bereits beendet</translation>
    </message>
    <message>
        <source>an inner transaction was left open</source>
        <translation>eine innere Transaktion wurde offen gelassen</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>es wurde abgebrochen</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>income</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>part of a split</source>
        <translation>Teil einer Aufteilung</translation>
    </message>
    <message>
        <source>Could not save the mapping &quot;%1&quot;</source>
        <translation>Die Spaltenzuordnung „%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>die Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>Spaltenzuordnung %1 speichern</translation>
    </message>
    <message>
        <source>there is no saved mapping called &quot;%1&quot;</source>
        <translation>es gibt keine gespeicherte Spaltenzuordnung namens „%1“</translation>
    </message>
    <message>
        <source>the saved mapping &quot;%1&quot; is damaged</source>
        <translation>die gespeicherte Spaltenzuordnung „%1“ ist beschädigt</translation>
    </message>
    <message>
        <source>a row of %1 values for %2 columns</source>
        <translation>eine Zeile mit %1 Werten für %2 Spalten</translation>
    </message>
    <message>
        <source>the unknown change &quot;%1&quot;</source>
        <translation>die unbekannte Änderung „%1“</translation>
    </message>
    <message>
        <source>choose at least 1 person and 2 to 18 categories per person</source>
        <translation>wählen Sie mindestens 1 Person und 2 bis 18 Kategorien pro Person</translation>
    </message>
    <message>
        <source>this budget already has people in it</source>
        <translation>dieses Budget enthält bereits Personen</translation>
    </message>
    <message>
        <source>A row to be added was not added</source>
        <translation>Eine Zeile, die hinzugefügt werden sollte, wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>An empty statement was run</source>
        <translation>Eine leere Anweisung wurde ausgeführt</translation>
    </message>
    <message>
        <source>the rows %1 to %2</source>
        <translation>die Zeilen %1 bis %2</translation>
    </message>
    <message>
        <source>unreadable column names</source>
        <translation>unlesbare Spaltennamen</translation>
    </message>
    <message>
        <source>rows without their ids</source>
        <translation>Zeilen ohne ihre IDs</translation>
    </message>
    <message>
        <source>row %1 outside rows %2 to %3</source>
        <translation>Zeile %1 außerhalb der Zeilen %2 bis %3</translation>
    </message>
    <message>
        <source>A statement was given %1 values for %2</source>
        <translation>Eine Anweisung erhielt %1 Werte für %2</translation>
    </message>
    <message>
        <source>More than one statement was run at once</source>
        <translation>Mehr als eine Anweisung wurde auf einmal ausgeführt</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket): it is not a budget</source>
        <translation>ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket): es ist kein Budget</translation>
    </message>
    <message>
        <source>Could not generate the budget</source>
        <translation>Das Budget konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Generate a budget of %1 entries</source>
        <translation>Budget mit %1 Einträgen erzeugen</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 was not opened, and nothing in it was changed: %2. Another program changed the budget&apos;s structure, which could alter its amounts without Allot knowing. Restore a backup, or remove what Allot did not make with an SQLite tool (on a copy first).</source>
        <translation>%1 wurde nicht geöffnet, und nichts darin wurde geändert: %2. Ein anderes Programm hat den Aufbau des Budgets geändert, was seine Beträge ändern könnte, ohne dass Allot es merkt. Stellen Sie eine Sicherung wieder her oder entfernen Sie mit einem SQLite-Werkzeug, was nicht von Allot stammt (zuerst an einer Kopie).</translation>
    </message>
    <message>
        <source>undo step %1 (&quot;%2&quot;) cannot be undone: %3; it blocks the %4 older steps</source>
        <translation>Schritt %1 („%2“) kann nicht rückgängig gemacht werden: %3; er blockiert die %4 älteren Schritte</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;) cannot be undone: %3. Another program changed what it would put back; it blocks the %4 older steps (allot-cli check lists such steps)</source>
        <translation>Schritt %1 („%2“) kann nicht rückgängig gemacht werden: %3. Ein anderes Programm hat geändert, was er wiederherstellen würde; er blockiert die %4 älteren Schritte (allot-cli check listet solche Schritte auf)</translation>
    </message>
    <message>
        <source>the undo steps could not be tried: %1</source>
        <translation>die Schritte zum Rückgängigmachen konnten nicht erprobt werden: %1</translation>
    </message>
</context>
<context>
    <name>allot::AccountModel</name>
    <message>
        <source>Show the accounts</source>
        <translation>Konten anzeigen</translation>
    </message>
    <message>
        <source>Checking account</source>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1, opened with %2</source>
        <translation>%1, eröffnet mit %2</translation>
    </message>
</context>
<context>
    <name>allot::AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation>Überweisung zwischen Konten</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Überweisen</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>Wählen Sie zwei verschiedene Konten.</translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation>Überweisung zwischen Konten</translation>
    </message>
</context>
<context>
    <name>allot::AmountEdit</name>
    <message>
        <source>write the amount without thousands separators</source>
        <translation>schreiben Sie den Betrag ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>allot::Application</name>
    <message>
        <source>Household budgeting</source>
        <translation>Haushaltsbudget</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or fr.</source>
        <translation>Sprache des Fensters, z. B. de oder fr.</translation>
    </message>
    <message>
        <source>The budget to open.</source>
        <translation>Das zu öffnende Budget.</translation>
    </message>
    <message>
        <source>Give at most one budget file.</source>
        <translation>Geben Sie höchstens eine Budgetdatei an.</translation>
    </message>
</context>
<context>
    <name>allot::BudgetSession</name>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>no budget is open: open one (File, Open Budget) or create one (File, New Budget)</source>
        <translation>kein Budget ist geöffnet: öffnen Sie eines (Datei, Budget öffnen) oder legen Sie eines an (Datei, Neues Budget)</translation>
    </message>
</context>
<context>
    <name>allot::BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation>Budget umbuchen</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Umbuchen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Choose the two envelopes.</source>
        <translation>Wählen Sie die beiden Umschläge.</translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation>Wählen Sie zwei verschiedene Umschläge.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 has only %2 available. Tick &quot;Allow overspending&quot; to move more.</source>
        <translation>%1 hat nur %2 verfügbar. Setzen Sie ein Häkchen bei „Überziehen erlauben“, um mehr umzubuchen.</translation>
    </message>
    <message>
        <source>Transfer budget</source>
        <translation>Budget umbuchen</translation>
    </message>
</context>
<context>
    <name>allot::DialogSupport</name>
    <message>
        <source>List the categories</source>
        <translation>Kategorien auflisten</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>Below Zero</source>
        <translation>Unter null</translation>
    </message>
    <message>
        <source>This takes %1 below zero.</source>
        <translation>Damit fällt %1 unter null.</translation>
    </message>
    <message>
        <source>It has %1; afterwards it would have %2. Record it anyway?</source>
        <translation>Es hat %1; danach hätte es %2. Trotzdem erfassen?</translation>
    </message>
    <message>
        <source>&amp;Record Anyway</source>
        <translation>Trotzdem &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>allot::EntryDialog</name>
    <message>
        <source>Add Income</source>
        <translation>Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add Expense</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Only the date, payee and memo of a split or transfer can be changed.</source>
        <translation>Bei einer Aufteilung oder Überweisung können nur Datum, Empfänger und Notiz geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add the income</source>
        <translation>Einnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add the expense</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
</context>
<context>
    <name>allot::EnvelopeModel</name>
    <message>
        <source>Show the envelopes</source>
        <translation>Umschläge anzeigen</translation>
    </message>
    <message>
        <source>Monthly budget %1, moved %2</source>
        <translation>Monatsbudget %1, umgebucht %2</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>allot::ErrorDialogPresenter</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Another program is using the budget. Try again in a moment.</source>
        <translation>Ein anderes Programm verwendet das Budget. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and can be written to.</source>
        <translation>Prüfen Sie, ob auf dem Datenträger Platz frei ist und ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>The file is damaged. Restore it from a backup.</source>
        <translation>Die Datei ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The action was stopped before it finished.</source>
        <translation>Die Aktion wurde vor ihrem Abschluss abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Database code</source>
        <translation>Datenbankcode</translation>
    </message>
    <message>
        <source>The budget has been opened again as it is on disk; repeat the action.</source>
        <translation>Das Budget wurde so, wie es auf der Festplatte steht, neu geöffnet; wiederholen Sie die Aktion.</translation>
    </message>
</context>
<context>
    <name>allot::HouseholdDialog</name>
    <message>
        <source>Checking</source>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Add a person first.</source>
        <translation>Legen Sie zuerst eine Person an.</translation>
    </message>
    <message>
        <source>Categories of %1</source>
        <translation>Kategorien von %1</translation>
    </message>
    <message>
        <source>(nothing: refuse if used)</source>
        <translation>(nirgendwohin: ablehnen, falls verwendet)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete %1 with all their categories and entries? You can undo it.</source>
        <translation>%1 mit allen Kategorien und Einträgen löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>Währung ändern</translation>
    </message>
</context>
<context>
    <name>allot::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>import nothing (all or nothing)</source>
        <translation>nichts importieren (alles oder nichts)</translation>
    </message>
    <message>
        <source>skip it and import the rest</source>
        <translation>sie überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <source>as the file shows</source>
        <translation>wie in der Datei erkennbar</translation>
    </message>
    <message>
        <source>day before month</source>
        <translation>Tag vor Monat</translation>
    </message>
    <message>
        <source>month before day</source>
        <translation>Monat vor Tag</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(erkannt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Line %1 will be skipped: %2</source>
        <translation>Zeile %1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
    <message>
        <source>A new category &quot;%1&quot;</source>
        <translation>Neue Kategorie „%1“</translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
… und %1 weitere</translation>
    </message>
    <message>
        <source>Use the saved mapping</source>
        <translation>Gespeicherte Spaltenzuordnung verwenden</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>line %1: %2 (choose to skip such rows to import the others)</source>
        <translation>Zeile %1: %2 (lassen Sie solche Zeilen überspringen, um die übrigen zu importieren)</translation>
    </message>
    <message>
        <source>Imported: %1. Already in the account: %2. Skipped: %3.</source>
        <translation>Importiert: %1. Bereits im Konto: %2. Übersprungen: %3.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
</context>
<context>
    <name>allot::LongWorkDialog</name>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>allot::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>%1 — Allot</source>
        <translation>%1 — Allot</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>the file already exists; open it instead</source>
        <translation>die Datei existiert bereits; öffnen Sie sie stattdessen</translation>
    </message>
    <message>
        <source>Show the reports</source>
        <translation>Berichte anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>No budget open</source>
        <translation>Kein Budget geöffnet</translation>
    </message>
    <message>
        <source>%1: budget %2 · spent %3 · available %4</source>
        <translation>%1: Budget %2 · ausgegeben %3 · verfügbar %4</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>About Allot</source>
        <translation>Über Allot</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Allot %1&lt;/h3&gt;&lt;p&gt;A household budget in which every action is saved whole or not at all.&lt;/p&gt;&lt;p&gt;Built with Qt %2 on SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Allot %1&lt;/h3&gt;&lt;p&gt;Ein Haushaltsbudget, in dem jede Aktion ganz oder gar nicht gespeichert wird.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 auf Basis von SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a bank file</source>
        <translation>Bankdatei importieren</translation>
    </message>
    <message>
        <source>add a person first</source>
        <translation>legen Sie zuerst eine Person an</translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported entries: %1</source>
        <translation>Exportierte Einträge: %1</translation>
    </message>
    <message>
        <source>Back up the budget</source>
        <translation>Budget sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>this budget has no backups yet</source>
        <translation>für dieses Budget gibt es noch keine Sicherung</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the budget with this backup (newest first):</source>
        <translation>Das Budget durch diese Sicherung ersetzen (neueste zuerst):</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Wiederhergestellt aus %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>this is the open budget&apos;s own file, not a bank file</source>
        <translation>das ist eine Datei des geöffneten Budgets selbst, keine Bankdatei</translation>
    </message>
    <message>
        <source>%1 is the open budget&apos;s own file: exporting there would replace the budget; choose another name</source>
        <translation>%1 ist eine Datei des geöffneten Budgets selbst: ein Export dorthin würde das Budget ersetzen; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Allot</source>
        <translation>Allot</translation>
    </message>
    <message>
        <source>Delete this expense?</source>
        <translation>Diese Ausgabe löschen?</translation>
    </message>
    <message>
        <source>Delete this income?</source>
        <translation>Diese Einnahme löschen?</translation>
    </message>
    <message>
        <source>Delete this split with all its parts?</source>
        <translation>Diese Aufteilung mit allen ihren Teilen löschen?</translation>
    </message>
    <message>
        <source>Delete this transfer, both its sides?</source>
        <translation>Diese Umbuchung mit beiden Seiten löschen?</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Undo (%4) brings it back.</source>
        <translation>%1 · %2 · %3

Rückgängig (%4) stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>allot::MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation>Kategorien zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Choose the category to merge and the one to keep.</source>
        <translation>Wählen Sie die aufzulösende und die verbleibende Kategorie.</translation>
    </message>
    <message>
        <source>Choose two different categories.</source>
        <translation>Wählen Sie zwei verschiedene Kategorien.</translation>
    </message>
    <message>
        <source>Merge the categories</source>
        <translation>Kategorien zusammenführen</translation>
    </message>
    <message>
        <source>Moves to %1: entries %2, budget moves %3, monthly budget %4. Then %5 is deleted.</source>
        <translation>Wird nach %1 verschoben: Einträge %2, Budgetumbuchungen %3, Monatsbudget %4. Danach wird %5 gelöscht.</translation>
    </message>
</context>
<context>
    <name>allot::RegisterModel</name>
    <message>
        <source>Show the register</source>
        <translation>Kassenbuch anzeigen</translation>
    </message>
    <message>
        <source>Show the parts of a split</source>
        <translation>Teile einer Aufteilung anzeigen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Überweisung (ausgehend)</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Überweisung (eingehend)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>allot::ReportsView</name>
    <message>
        <source>No spending in %1</source>
        <translation>Keine Ausgaben in %1</translation>
    </message>
    <message>
        <source>Spending by category, %1</source>
        <translation>Ausgaben nach Kategorie, %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A slice of the spending donut: category name and its share, e.g. &quot;Food 12.3 %&quot;.</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>No categories to compare in %1</source>
        <translation>Keine Kategorien zum Vergleichen in %1</translation>
    </message>
    <message>
        <source>Budget against actual, %1</source>
        <translation>Soll-Ist-Vergleich, %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>No income or spending</source>
        <translation>Keine Einnahmen oder Ausgaben</translation>
    </message>
    <message>
        <source>No income or spending from %1 to %2</source>
        <translation>Keine Einnahmen oder Ausgaben von %1 bis %2</translation>
    </message>
    <message>
        <source>Income and spending, %1 to %2</source>
        <translation>Einnahmen und Ausgaben, %1 bis %2</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <extracomment>Pointing at a slice of the spending donut: &quot;Food: 130.00 € (12.3 %)&quot;.</extracomment>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>allot::SplitDialog</name>
    <message>
        <source>Split Entry</source>
        <translation>Eintrag aufteilen</translation>
    </message>
    <message>
        <source>Split Expense</source>
        <translation>Ausgabe aufteilen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Category of part %1</source>
        <translation>Kategorie von Teil %1</translation>
    </message>
    <message>
        <source>Amount of part %1</source>
        <translation>Betrag von Teil %1</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>der Betrag muss größer als null sein</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Verbleibend: %1</translation>
    </message>
    <message>
        <source>The total is not an amount above zero.</source>
        <translation>Der Gesamtbetrag ist kein Betrag größer als null.</translation>
    </message>
    <message>
        <source>A split needs two or more parts.</source>
        <translation>Eine Aufteilung braucht zwei oder mehr Teile.</translation>
    </message>
    <message>
        <source>%1 is still to be placed in a category.</source>
        <translation>%1 muss noch einer Kategorie zugeordnet werden.</translation>
    </message>
    <message>
        <source>The parts are %1 more than the total.</source>
        <translation>Die Teile übersteigen den Gesamtbetrag um %1.</translation>
    </message>
    <message>
        <source>Split the entry</source>
        <translation>Eintrag aufteilen</translation>
    </message>
    <message>
        <source>Save the split</source>
        <translation>Aufteilung speichern</translation>
    </message>
</context>
<context>
    <name>allot::UndoStackMirror</name>
    <message>
        <source>Read the undo history</source>
        <translation>Verlauf lesen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>allot::WelcomePage</name>
    <message>
        <source>No budget is open</source>
        <translation>Kein Budget geöffnet</translation>
    </message>
    <message>
        <source>A budget is one file that keeps a household&apos;s people, accounts, envelopes and entries. Create a new one, or open one you keep already.</source>
        <translation>Ein Budget ist eine Datei mit den Personen, Konten, Umschlägen und Einträgen eines Haushalts. Legen Sie ein neues an oder öffnen Sie eines, das Sie schon führen.</translation>
    </message>
    <message>
        <source>&amp;Recent budgets:</source>
        <translation>&amp;Zuletzt geöffnete Budgets:</translation>
    </message>
    <message>
        <source>Recent budgets</source>
        <translation>Zuletzt geöffnete Budgets</translation>
    </message>
</context>
<context>
    <name>allot::backups</name>
    <message>
        <source>the backup %1 cannot be created: %2</source>
        <translation>die Sicherung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not back up %1</source>
        <translation>%1 konnte nicht gesichert werden</translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation>%1 konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>the backup does not exist</source>
        <translation>die Sicherung existiert nicht</translation>
    </message>
    <message>
        <source>the backup could not be copied next to the budget</source>
        <translation>die Sicherung konnte nicht neben das Budget kopiert werden</translation>
    </message>
    <message>
        <source>the backup is damaged</source>
        <translation>die Sicherung ist beschädigt</translation>
    </message>
    <message>
        <source>the budget file could not be replaced</source>
        <translation>die Budgetdatei konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>the budget %1 is a link to a file that does not exist</source>
        <translation>das Budget %1 ist ein Verweis auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>the backup is the budget itself</source>
        <translation>die Sicherung ist das Budget selbst</translation>
    </message>
</context>
<context>
    <name>allot::belowzero</name>
    <message>
        <source>the checking account %1</source>
        <translation>das Girokonto %1</translation>
    </message>
    <message>
        <source>the savings account %1</source>
        <translation>das Sparkonto %1</translation>
    </message>
    <message>
        <source>the cash account %1</source>
        <translation>das Bargeldkonto %1</translation>
    </message>
    <message>
        <source>the credit card %1</source>
        <translation>die Kreditkarte %1</translation>
    </message>
    <message>
        <source>%1 has only %2; this would take it below zero, to %3</source>
        <translation>%1 hat nur %2; damit fiele es unter null, auf %3</translation>
    </message>
</context>
<context>
    <name>allot::filedialogs</name>
    <message>
        <source>Allot budgets (*.allot)</source>
        <translation>Allot-Budgets (*.allot)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Budget</source>
        <translation>Budget öffnen</translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation>Neues Budget</translation>
    </message>
    <message>
        <source>Import Bank File</source>
        <translation>Bankdatei importieren</translation>
    </message>
    <message>
        <source>Bank files (*.csv *.qif *.ofx *.qfx *.txt)</source>
        <translation>Bankdateien (*.csv *.qif *.ofx *.qfx *.txt)</translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>QIF (*.qif)</source>
        <translation>QIF (*.qif)</translation>
    </message>
    <message>
        <source>Allot budget</source>
        <translation>Allot-Budget</translation>
    </message>
</context>
<context>
    <name>allot::imports</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the date is not a valid day</source>
        <translation>das Datum ist kein gültiger Tag</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>der Betrag ist null</translation>
    </message>
    <message>
        <source>the amount is larger than %1</source>
        <translation>der Betrag ist größer als %1</translation>
    </message>
    <message>
        <source>its split parts add up to %1, not to %2</source>
        <translation>die Teile der Aufteilung ergeben zusammen %1, nicht %2</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>Die Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>%1 Einträge importieren</translation>
    </message>
    <message>
        <source>Transfers to [%1] were imported as Uncategorised: there is no account called %1</source>
        <translation>Überweisungen nach [%1] wurden ohne Kategorie importiert: Es gibt kein Konto namens %1</translation>
    </message>
</context>
<context>
    <name>allot::imports::CategoryResolver</name>
    <message>
        <source>The category &quot;%1&quot; is %2 characters long; it was filed under its first %3.</source>
        <translation>Die Kategorie „%1“ ist %2 Zeichen lang; sie wurde unter ihren ersten %3 Zeichen abgelegt.</translation>
    </message>
</context>
<context>
    <name>allot::sqlitefiles</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is empty: it is not an Allot database</source>
        <translation>ist leer: es ist keine Allot-Datenbank</translation>
    </message>
    <message>
        <source>is not an Allot database: it is not an SQLite database file</source>
        <translation>ist keine Allot-Datenbank: es ist keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>is beside a rollback journal (%1) that does not belong to it: move that file away, then open the budget again</source>
        <translation>liegt neben einem Rollback-Journal (%1), das nicht zu ihr gehört: verschieben Sie diese Datei an einen anderen Ort und öffnen Sie das Budget dann erneut</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of %3)</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>cannot be read: SQLite did not open it</source>
        <translation>kann nicht gelesen werden: SQLite hat sie nicht geöffnet</translation>
    </message>
    <message>
        <source>the budget&apos;s files were changed by another program while it was open (%1 was deleted or replaced); nothing was written</source>
        <translation>die Dateien des Budgets wurden von einem anderen Programm geändert, während es geöffnet war (%1 wurde gelöscht oder ersetzt); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot be read: its write-ahead log %1 could not be read (%2)</source>
        <translation>kann nicht gelesen werden: ihr Write-Ahead-Log %1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>was not opened: its write-ahead log %1 does not begin with a WAL header, so SQLite would silently ignore the %2 bytes of saved work it may hold. Nothing was changed. First keep a copy of both files. Then either move %1 away and open the budget again, which loses what it held, or restore a backup with &quot;allot-cli restore&quot;.</source>
        <translation>wurde nicht geöffnet: ihr Write-Ahead-Log %1 beginnt nicht mit einem WAL-Kopf, daher würde SQLite die %2 Bytes darin, die gespeicherte Arbeit enthalten können, stillschweigend übergehen. Es wurde nichts geändert. Bewahren Sie zuerst eine Kopie beider Dateien auf. Verschieben Sie dann entweder %1 an einen anderen Ort und öffnen Sie das Budget erneut, wodurch verloren geht, was darin stand, oder stellen Sie eine Sicherung mit „allot-cli restore“ wieder her.</translation>
    </message>
    <message>
        <source>was not opened: its write-ahead log %1 is damaged at frame %2 (byte %3). SQLite would keep only what was saved before it and silently drop the %4 frames written after it: at least %5 saved transactions would be lost. Nothing was changed. First keep a copy of both files. Then either cut %1 down to its first %3 bytes and open the budget again, which keeps what was saved before the damage and loses the rest, or restore a backup with &quot;allot-cli restore&quot;.</source>
        <translation>wurde nicht geöffnet: ihr Write-Ahead-Log %1 ist bei Frame %2 (Byte %3) beschädigt. SQLite würde nur behalten, was davor gespeichert wurde, und die %4 danach geschriebenen Frames stillschweigend verwerfen: mindestens %5 gespeicherte Transaktionen gingen verloren. Es wurde nichts geändert. Bewahren Sie zuerst eine Kopie beider Dateien auf. Kürzen Sie dann entweder %1 auf seine ersten %3 Bytes und öffnen Sie das Budget erneut, wodurch erhalten bleibt, was vor der Beschädigung gespeichert wurde, und der Rest verloren geht, oder stellen Sie eine Sicherung mit „allot-cli restore“ wieder her.</translation>
    </message>
    <message>
        <source>your disk quota for %1 is used up: Allot needs room there even to read the budget. Free some of your space there and try again; nothing was changed</source>
        <translation>Ihr Speicherkontingent für %1 ist aufgebraucht: Allot braucht dort Platz, selbst um das Budget zu lesen. Geben Sie dort etwas von Ihrem Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2 free): Allot needs room there even to read the budget. Free some space on that disk and try again; nothing was changed</source>
        <translation>der Datenträger mit %1 ist voll (%2 frei): Allot braucht dort Platz, selbst um das Budget zu lesen. Geben Sie auf diesem Datenträger Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>allot::sqlitefiles::ExclusiveHold</name>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is open in another program (Allot&apos;s window or allot-cli): close it there first</source>
        <translation>%1 ist in einem anderen Programm geöffnet (im Fenster von Allot oder in allot-cli): schließen Sie es dort zuerst</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>allot::sqliteschema</name>
    <message>
        <source>Allot could not build its own schema to compare with</source>
        <translation>Allot konnte sein eigenes Schema zum Vergleich nicht aufbauen</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; was not made by Allot: it can change the budget&apos;s data without Allot knowing</source>
        <translation>der Trigger „%1“ stammt nicht von Allot: er kann die Daten des Budgets ändern, ohne dass Allot es merkt</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; was not made by Allot</source>
        <translation>die Tabelle „%1“ stammt nicht von Allot</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; was not made by Allot</source>
        <translation>die Sicht „%1“ stammt nicht von Allot</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; was not made by Allot</source>
        <translation>der Index „%1“ stammt nicht von Allot</translation>
    </message>
    <message>
        <source>Allot&apos;s &quot;%1&quot; is missing</source>
        <translation>„%1“ von Allot fehlt</translation>
    </message>
</context>
</TS>
