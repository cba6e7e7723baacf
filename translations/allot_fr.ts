<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation>Virement entre comptes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>From account</source>
        <translation>Compte d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>To account</source>
        <translation>Compte de destination</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation>Transférer le budget</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>From category</source>
        <translation>Catégorie d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>To category</source>
        <translation>Catégorie de destination</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Disponible :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Allow &amp;overspending</source>
        <translation>&amp;Autoriser le dépassement</translation>
    </message>
    <message>
        <source>Allow overspending</source>
        <translation>Autoriser le dépassement</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Bénéficiaire :</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>People, Accounts and Categories</source>
        <translation>Personnes, comptes et catégories</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>New account&apos;s name</source>
        <translation>Nom du nouveau compte</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ca&amp;tégories</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>New category&apos;s name</source>
        <translation>Nom de la nouvelle catégorie</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation>Ajouter la caté&amp;gorie</translation>
    </message>
    <message>
        <source>Move its entries &amp;to:</source>
        <translation>Déplacer ses opérations &amp;vers :</translation>
    </message>
    <message>
        <source>Move entries to</source>
        <translation>Déplacer les opérations vers</translation>
    </message>
    <message>
        <source>D&amp;elete category</source>
        <translation>Supprimer la catégori&amp;e</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>&amp;Devise (code ISO) :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Appli&amp;quer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Bank File</source>
        <translation>Importer un fichier bancaire</translation>
    </message>
    <message>
        <source>Into &amp;account:</source>
        <translation>Dans le &amp;compte :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;When a row cannot be imported:</source>
        <translation>&amp;Quand une ligne ne peut pas être importée :</translation>
    </message>
    <message>
        <source>Import mode</source>
        <translation>Mode d&apos;importation</translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation>Colonnes CSV</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d&apos;en-&amp;tête :</translation>
    </message>
    <message>
        <source>Header row (0: none)</source>
        <translation>Ligne d&apos;en-tête (0 : aucune)</translation>
    </message>
    <message>
        <source>&amp;First record:</source>
        <translation>Première &amp;ligne de données :</translation>
    </message>
    <message>
        <source>First record row</source>
        <translation>Première ligne de données</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Colonne de la date</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>&amp;Format de date :</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>Séparateur déci&amp;mal :</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Mo&amp;ntant :</translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation>Colonne du montant</translation>
    </message>
    <message>
        <source>Money &amp;out:</source>
        <translation>&amp;Débit :</translation>
    </message>
    <message>
        <source>Money out column</source>
        <translation>Colonne des débits</translation>
    </message>
    <message>
        <source>Money &amp;in:</source>
        <translation>C&amp;rédit :</translation>
    </message>
    <message>
        <source>Money in column</source>
        <translation>Colonne des crédits</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Bénéficiaire :</translation>
    </message>
    <message>
        <source>Payee column</source>
        <translation>Colonne du bénéficiaire</translation>
    </message>
    <message>
        <source>M&amp;emo:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Memo column</source>
        <translation>Colonne de la note</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Colonne de la catégorie</translation>
    </message>
    <message>
        <source>Sa&amp;ved mapping:</source>
        <translation>Corres&amp;pondance des colonnes enregistrée :</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance des colonnes enregistrée</translation>
    </message>
    <message>
        <source>Name, e.g. the bank</source>
        <translation>Nom, par exemple la banque</translation>
    </message>
    <message>
        <source>Name to save the mapping under</source>
        <translation>Nom sous lequel enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Save ma&amp;pping</source>
        <translation>&amp;Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Fli&amp;p signs</source>
        <translation>In&amp;verser les signes</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>Les dates sont écrites :</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordre des dates</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Categories of the file</source>
        <translation>Catégories du fichier</translation>
    </message>
    <message>
        <source>Category in the file</source>
        <translation>Catégorie dans le fichier</translation>
    </message>
    <message>
        <source>Put it in</source>
        <translation>Placer dans</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
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
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accounts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comptes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Envelopes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enveloppes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>Search payee or memo</source>
        <translation>Rechercher un bénéficiaire ou une note</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <source>All &amp;months</source>
        <translation>Tous les &amp;mois</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Rapp&amp;orts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un budget &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation>&amp;Nouveau budget…</translation>
    </message>
    <message>
        <source>&amp;Open Budget…</source>
        <translation>&amp;Ouvrir un budget…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Modifier l&apos;opération…</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Supprimer l&apos;opération</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Add &amp;Expense…</source>
        <translation>Ajouter une &amp;dépense…</translation>
    </message>
    <message>
        <source>Add &amp;Income…</source>
        <translation>Ajouter un &amp;revenu…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Ventiler…</translation>
    </message>
    <message>
        <source>&amp;Transfer Budget…</source>
        <translation>&amp;Transférer le budget…</translation>
    </message>
    <message>
        <source>Transfer Between &amp;Accounts…</source>
        <translation>Virement entre &amp;comptes…</translation>
    </message>
    <message>
        <source>&amp;Merge Categories…</source>
        <translation>&amp;Fusionner les catégories…</translation>
    </message>
    <message>
        <source>&amp;People, Accounts and Categories…</source>
        <translation>&amp;Personnes, comptes et catégories…</translation>
    </message>
    <message>
        <source>&amp;About Allot</source>
        <translation>À &amp;propos d&apos;Allot</translation>
    </message>
    <message>
        <source>&amp;Import Bank File…</source>
        <translation>&amp;Importer un fichier bancaire…</translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation>&amp;Exporter les opérations…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation>Fusionner les catégories</translation>
    </message>
    <message>
        <source>&amp;Merge:</source>
        <translation>&amp;Fusionner :</translation>
    </message>
    <message>
        <source>Category to merge</source>
        <translation>Catégorie à fusionner</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>Category to keep</source>
        <translation>Catégorie à conserver</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Ce qui sera déplacé</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Total :</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;ompte :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Payee:</source>
        <translation>&amp;Bénéficiaire :</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>Ajouter une &amp;partie</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>&amp;Retirer la partie</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Reste</translation>
    </message>
</context>
<context>
    <name>allot</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Could not create the entries</source>
        <translation>Impossible de créer les opérations</translation>
    </message>
    <message>
        <source>Create %1 entries</source>
        <translation>Créer %1 opérations</translation>
    </message>
    <message>
        <source>the database gave no answer</source>
        <translation>la base de données n&apos;a donné aucune réponse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still in use after moving its entries</source>
        <translation>« %1 » est encore utilisée après le déplacement de ses opérations</translation>
    </message>
    <message>
        <source>Could not merge the categories</source>
        <translation>Impossible de fusionner les catégories</translation>
    </message>
    <message>
        <source>a category cannot be merged into itself</source>
        <translation>une catégorie ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>the combined monthly budget would be too large</source>
        <translation>le budget mensuel combiné serait trop élevé</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Could not delete the category</source>
        <translation>Impossible de supprimer la catégorie</translation>
    </message>
    <message>
        <source>its entries cannot be moved to the category itself</source>
        <translation>ses opérations ne peuvent pas être déplacées vers la catégorie elle-même</translation>
    </message>
    <message>
        <source>Delete category %1</source>
        <translation>Supprimer la catégorie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 entries and %3 budget moves; choose a category to move them to</source>
        <translation>« %1 » est utilisée par %2 opérations et %3 virements de budget ; choisissez une catégorie vers laquelle les déplacer</translation>
    </message>
    <message>
        <source>Delete category %1, moving its entries to %2</source>
        <translation>Supprimer la catégorie %1 en déplaçant ses opérations vers %2</translation>
    </message>
    <message>
        <source>the undo history is damaged (step %1 names %2)</source>
        <translation>l&apos;historique est endommagé (l&apos;étape %1 mentionne %2)</translation>
    </message>
    <message>
        <source>row %1 of %2 no longer exists</source>
        <translation>la ligne %1 de la table %2 n&apos;existe plus</translation>
    </message>
    <message>
        <source>the unknown table &quot;%1&quot;</source>
        <translation>la table inconnue « %1 »</translation>
    </message>
    <message>
        <source>the unknown column &quot;%1&quot;</source>
        <translation>la colonne inconnue « %1 »</translation>
    </message>
    <message>
        <source>Could not create the demo budget: this budget already has people in it</source>
        <translation>Impossible de créer le budget de démonstration : ce budget contient déjà des personnes</translation>
    </message>
    <message>
        <source>Demo entries</source>
        <translation>Opérations de démonstration</translation>
    </message>
    <message>
        <source>the date is not a valid day</source>
        <translation>la date n&apos;est pas un jour valide</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>the amount is larger than %1</source>
        <translation>le montant dépasse %1</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Could not add the income</source>
        <translation>Impossible d&apos;ajouter le revenu</translation>
    </message>
    <message>
        <source>Could not add the expense</source>
        <translation>Impossible d&apos;ajouter la dépense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Could not edit entry %1</source>
        <translation>Impossible de modifier l&apos;opération %1</translation>
    </message>
    <message>
        <source>the amount must be above zero and at most %1</source>
        <translation>le montant doit être supérieur à zéro et au plus égal à %1</translation>
    </message>
    <message>
        <source>it is a part of split %1; edit the split instead</source>
        <translation>elle fait partie de la ventilation %1 ; modifiez plutôt la ventilation</translation>
    </message>
    <message>
        <source>the amount, category and account of a %1 cannot be edited; delete it and enter it again</source>
        <translation>le montant, la catégorie et le compte d&apos;une opération de type %1 ne peuvent pas être modifiés ; supprimez-la et saisissez-la à nouveau</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier l&apos;opération %2 (%1)</translation>
    </message>
    <message>
        <source>Could not delete entry %1</source>
        <translation>Impossible de supprimer l&apos;opération %1</translation>
    </message>
    <message>
        <source>it is a part of split %1; delete the split instead</source>
        <translation>elle fait partie de la ventilation %1 ; supprimez plutôt la ventilation</translation>
    </message>
    <message>
        <source>Delete %1 %2 %3</source>
        <translation>Supprimer (%1) %2 %3</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>le champ « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the %1 contains a control character</source>
        <translation>le champ « %1 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the %1 needs a name</source>
        <translation>le nom est obligatoire (%1)</translation>
    </message>
    <message>
        <source>the %1&apos;s name is longer than %2 characters</source>
        <translation>le nom (%1) dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the %1&apos;s name contains a control character</source>
        <translation>le nom (%1) contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>Could not add the person &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter la personne « %1 »</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>there is already a person called &quot;%1&quot;</source>
        <translation>une personne nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Add person %1</source>
        <translation>Ajouter la personne %1</translation>
    </message>
    <message>
        <source>Could not delete the person</source>
        <translation>Impossible de supprimer la personne</translation>
    </message>
    <message>
        <source>Delete person %1 with all their data</source>
        <translation>Supprimer la personne %1 et toutes ses données</translation>
    </message>
    <message>
        <source>Could not add the account &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter le compte « %1 »</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>the opening balance is too large</source>
        <translation>le solde d&apos;ouverture est trop élevé</translation>
    </message>
    <message>
        <source>a %1 account cannot open below zero</source>
        <translation>un compte de type %1 ne peut pas avoir un solde d&apos;ouverture négatif</translation>
    </message>
    <message>
        <source>there is already an account called &quot;%1&quot;</source>
        <translation>un compte nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Add account %1</source>
        <translation>Ajouter le compte %1</translation>
    </message>
    <message>
        <source>Could not add the category &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter la catégorie « %1 »</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>the monthly budget must be between 0.00 and %1</source>
        <translation>le budget mensuel doit être compris entre 0.00 et %1</translation>
    </message>
    <message>
        <source>%1 already has a category called &quot;%2&quot;</source>
        <translation>%1 a déjà une catégorie nommée « %2 »</translation>
    </message>
    <message>
        <source>Add category %1 for %2</source>
        <translation>Ajouter la catégorie %1 pour %2</translation>
    </message>
    <message>
        <source>Could not change the currency</source>
        <translation>Impossible de changer la devise</translation>
    </message>
    <message>
        <source>Set currency to %1</source>
        <translation>Définir la devise sur %1</translation>
    </message>
    <message>
        <source>there is no person called &quot;%1&quot;</source>
        <translation>il n&apos;existe aucune personne nommée « %1 »</translation>
    </message>
    <message>
        <source>person %1 does not exist</source>
        <translation>la personne %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no account called &quot;%1&quot;</source>
        <translation>il n&apos;existe aucun compte nommé « %1 »</translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation>le compte %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no category called &quot;%1&quot; for this person</source>
        <translation>il n&apos;existe aucune catégorie nommée « %1 » pour cette personne</translation>
    </message>
    <message>
        <source>category %1 does not exist</source>
        <translation>la catégorie %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; does not belong to %2</source>
        <translation>la catégorie « %1 » n&apos;appartient pas à %2</translation>
    </message>
    <message>
        <source>entry %1 does not exist</source>
        <translation>l&apos;opération %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the register has no row %1</source>
        <translation>le registre n&apos;a pas de ligne %1</translation>
    </message>
    <message>
        <source>no valid month was given</source>
        <translation>aucun mois valide n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Could not read the spending by category</source>
        <translation>Impossible de lire les dépenses par catégorie</translation>
    </message>
    <message>
        <source>Could not read the budget against actual spending</source>
        <translation>Impossible de lire le budget comparé aux dépenses réelles</translation>
    </message>
    <message>
        <source>Could not read the income against spending</source>
        <translation>Impossible de lire les revenus comparés aux dépenses</translation>
    </message>
    <message>
        <source>a report needs at least one month</source>
        <translation>un rapport nécessite au moins un mois</translation>
    </message>
    <message>
        <source>the report would start before the year 1</source>
        <translation>le rapport commencerait avant l&apos;an 1</translation>
    </message>
    <message>
        <source>an entry has a date outside the report</source>
        <translation>une opération a une date en dehors de la période du rapport</translation>
    </message>
    <message>
        <source>the total must be above zero and at most %1</source>
        <translation>le total doit être supérieur à zéro et au plus égal à %1</translation>
    </message>
    <message>
        <source>a split needs two or more parts</source>
        <translation>une ventilation nécessite au moins deux parties</translation>
    </message>
    <message>
        <source>part %1 must be above zero and at most %2</source>
        <translation>la partie %1 doit être supérieure à zéro et au plus égale à %2</translation>
    </message>
    <message>
        <source>memo of part %1</source>
        <translation>note de la partie %1</translation>
    </message>
    <message>
        <source>the parts add up to %1, not to the total %2 (%3 %4)</source>
        <translation>la somme des parties est de %1 et non du total %2 (%3 %4)</translation>
    </message>
    <message>
        <source>over by</source>
        <translation>excédent de</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>déficit de</translation>
    </message>
    <message>
        <source>Could not save the split</source>
        <translation>Impossible d&apos;enregistrer la ventilation</translation>
    </message>
    <message>
        <source>a split may have at most 1000 parts</source>
        <translation>une ventilation peut avoir au plus 1000 parties</translation>
    </message>
    <message>
        <source>Split %1 across %2</source>
        <translation>Ventiler %1 entre %2</translation>
    </message>
    <message>
        <source>Could not split entry %1</source>
        <translation>Impossible de ventiler l&apos;opération %1</translation>
    </message>
    <message>
        <source>a %1 cannot be split</source>
        <translation>une opération de type %1 ne peut pas être ventilée</translation>
    </message>
    <message>
        <source>Split entry %1 across %2</source>
        <translation>Ventiler l&apos;opération %1 entre %2</translation>
    </message>
    <message>
        <source>Could not transfer budget</source>
        <translation>Impossible de transférer le budget</translation>
    </message>
    <message>
        <source>the source and the destination are the same category</source>
        <translation>la source et la destination sont la même catégorie</translation>
    </message>
    <message>
        <source>no month was given</source>
        <translation>aucun mois n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 has only %2 available in %3, less than %4 (allow overspending to move it anyway)</source>
        <translation>%1 n&apos;a que %2 de disponible en %3, moins que %4 (autorisez le dépassement pour transférer quand même)</translation>
    </message>
    <message>
        <source>Transfer %1 from %2 to %3</source>
        <translation>Virement de %1 de %2 vers %3</translation>
    </message>
    <message>
        <source>Could not transfer between accounts</source>
        <translation>Impossible d&apos;effectuer le virement entre comptes</translation>
    </message>
    <message>
        <source>the source and the destination are the same account</source>
        <translation>la source et la destination sont le même compte</translation>
    </message>
    <message>
        <source>Transfer %1 from account %2 to %3</source>
        <translation>Virement de %1 du compte %2 vers %3</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>il n&apos;y a rien à rétablir</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>« %1 » n&apos;est pas un montant : %2</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>Le montant est vide</translation>
    </message>
    <message>
        <source>use the digits 0-9</source>
        <translation>utilisez les chiffres 0 à 9</translation>
    </message>
    <message>
        <source>it is larger than the largest amount, %1</source>
        <translation>il dépasse le montant maximal, %1</translation>
    </message>
    <message>
        <source>it has more than two decimals</source>
        <translation>il a plus de deux décimales</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>il ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>write the decimals after a dot, as in 12.50</source>
        <translation>écrivez les décimales après un point, comme dans 12.50</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>caractère inattendu « %1 » à la position %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount above zero</source>
        <translation>« %1 » n&apos;est pas un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM</source>
        <translation>« %1 » n&apos;est pas un mois : écrivez-le sous la forme AAAA-MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: there is no month %2</source>
        <translation>« %1 » n&apos;est pas un mois : le mois %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: that day does not exist</source>
        <translation>« %1 » n&apos;est pas une date : ce jour n&apos;existe pas</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>is not a file name</source>
        <translation>n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot be opened: the folder %1 does not exist</source>
        <translation>ne peut pas être ouvert : le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>does not exist (create a new budget with &quot;allot-cli --db FILE init&quot;)</source>
        <translation>n&apos;existe pas (créez un nouveau budget avec « allot-cli --db FICHIER init »)</translation>
    </message>
    <message>
        <source>cannot be created: the folder %1 is read-only</source>
        <translation>ne peut pas être créé : le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>is read-only: Allot needs to write to it</source>
        <translation>est en lecture seule : Allot doit pouvoir y écrire</translation>
    </message>
    <message>
        <source>cannot be used: its folder is read-only and SQLite needs to create its journal there</source>
        <translation>ne peut pas être utilisé : son dossier est en lecture seule et SQLite doit y créer son journal</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>ne peut pas être créé : %1</translation>
    </message>
    <message>
        <source>cannot be opened: the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>ne peut pas être ouvert : le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>was written by a newer version of Allot (schema version %1; this version knows up to %2)</source>
        <translation>a été écrit par une version plus récente d&apos;Allot (version de schéma %1 ; cette version connaît jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>upgrading to schema version %1 (%2) failed</source>
        <translation>la mise à niveau vers la version de schéma %1 (%2) a échoué</translation>
    </message>
    <message>
        <source>The database gave no answer</source>
        <translation>La base de données n&apos;a donné aucune réponse</translation>
    </message>
    <message>
        <source>it is an empty SQLite database</source>
        <translation>c&apos;est une base de données SQLite vide</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application</source>
        <translation>c&apos;est une base de données SQLite d&apos;une autre application</translation>
    </message>
    <message>
        <source>%1 is not an Allot database: %2</source>
        <translation>%1 n&apos;est pas une base de données Allot : %2</translation>
    </message>
    <message>
        <source>The database could not switch to WAL journaling</source>
        <translation>La base de données n&apos;a pas pu passer en journalisation WAL</translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked</source>
        <translation>la base de données est occupée : un autre programme la garde verrouillée</translation>
    </message>
    <message>
        <source>the action was interrupted</source>
        <translation>l&apos;action a été interrompue</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing the database</source>
        <translation>le disque a signalé une erreur lors de la lecture ou de l&apos;écriture de la base de données</translation>
    </message>
    <message>
        <source>the database file cannot be written</source>
        <translation>le fichier de base de données n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>something with the same name already exists</source>
        <translation>un élément du même nom existe déjà</translation>
    </message>
    <message>
        <source>it refers to something that does not exist, or something still refers to it</source>
        <translation>il fait référence à un élément qui n&apos;existe pas, ou un autre élément y fait encore référence</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>une valeur obligatoire est manquante</translation>
    </message>
    <message>
        <source>a value breaks a rule of the budget</source>
        <translation>une valeur enfreint une règle du budget</translation>
    </message>
    <message>
        <source>the database reported an unexpected error (%1)</source>
        <translation>la base de données a signalé une erreur inattendue (%1)</translation>
    </message>
    <message>
        <source>the database stopped the action after an error and undid it</source>
        <translation>la base de données a arrêté l&apos;action après une erreur et l&apos;a annulée</translation>
    </message>
    <message>
        <source>a fault was injected by a test</source>
        <translation>une panne a été injectée par un test</translation>
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
        <translation>elle a pris trop de temps (plus de %1) et a été arrêtée</translation>
    </message>
    <message>
        <source>the transaction had already ended</source>
        <translation>la transaction était déjà terminée</translation>
    </message>
    <message>
        <source>an inner transaction was left open</source>
        <translation>une transaction interne est restée ouverte</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>elle a été annulée</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>dépense</translation>
    </message>
    <message>
        <source>income</source>
        <translation>revenu</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>virement</translation>
    </message>
    <message>
        <source>split</source>
        <translation>ventilation</translation>
    </message>
    <message>
        <source>part of a split</source>
        <translation>partie d&apos;une ventilation</translation>
    </message>
    <message>
        <source>Could not save the mapping &quot;%1&quot;</source>
        <translation>Impossible d&apos;enregistrer la correspondance des colonnes « %1 »</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>correspondance des colonnes</translation>
    </message>
    <message>
        <source>Save mapping %1</source>
        <translation>Enregistrer la correspondance des colonnes %1</translation>
    </message>
    <message>
        <source>there is no saved mapping called &quot;%1&quot;</source>
        <translation>il n&apos;existe aucune correspondance des colonnes enregistrée nommée « %1 »</translation>
    </message>
    <message>
        <source>the saved mapping &quot;%1&quot; is damaged</source>
        <translation>la correspondance des colonnes enregistrée « %1 » est endommagée</translation>
    </message>
    <message>
        <source>a row of %1 values for %2 columns</source>
        <translation>une ligne de %1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>the unknown change &quot;%1&quot;</source>
        <translation>la modification inconnue « %1 »</translation>
    </message>
    <message>
        <source>choose at least 1 person and 2 to 18 categories per person</source>
        <translation>choisissez au moins 1 personne et 2 à 18 catégories par personne</translation>
    </message>
    <message>
        <source>this budget already has people in it</source>
        <translation>ce budget contient déjà des personnes</translation>
    </message>
    <message>
        <source>A row to be added was not added</source>
        <translation>Une ligne à ajouter n’a pas été ajoutée</translation>
    </message>
    <message>
        <source>An empty statement was run</source>
        <translation>Une instruction vide a été exécutée</translation>
    </message>
    <message>
        <source>the rows %1 to %2</source>
        <translation>les lignes %1 à %2</translation>
    </message>
    <message>
        <source>unreadable column names</source>
        <translation>des noms de colonnes illisibles</translation>
    </message>
    <message>
        <source>rows without their ids</source>
        <translation>des lignes sans leurs identifiants</translation>
    </message>
    <message>
        <source>row %1 outside rows %2 to %3</source>
        <translation>la ligne %1 hors des lignes %2 à %3</translation>
    </message>
    <message>
        <source>A statement was given %1 values for %2</source>
        <translation>Une instruction a reçu %1 valeurs pour %2</translation>
    </message>
    <message>
        <source>More than one statement was run at once</source>
        <translation>Plus d’une instruction a été exécutée à la fois</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket): it is not a budget</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube, un périphérique ou un socket) : ce n&apos;est pas un budget</translation>
    </message>
    <message>
        <source>Could not generate the budget</source>
        <translation>Impossible de générer le budget</translation>
    </message>
    <message>
        <source>Generate a budget of %1 entries</source>
        <translation>Générer un budget de %1 opérations</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>%1 was not opened, and nothing in it was changed: %2. Another program changed the budget&apos;s structure, which could alter its amounts without Allot knowing. Restore a backup, or remove what Allot did not make with an SQLite tool (on a copy first).</source>
        <translation>%1 n&apos;a pas été ouvert, et rien n&apos;y a été modifié : %2. Un autre programme a modifié la structure du budget, ce qui pourrait changer ses montants à l&apos;insu d&apos;Allot. Restaurez une sauvegarde, ou supprimez ce qu&apos;Allot n&apos;a pas créé avec un outil SQLite (d&apos;abord sur une copie).</translation>
    </message>
    <message>
        <source>undo step %1 (&quot;%2&quot;) cannot be undone: %3; it blocks the %4 older steps</source>
        <translation>l&apos;étape %1 (« %2 ») ne peut pas être annulée : %3 ; elle bloque les %4 étapes plus anciennes</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;) cannot be undone: %3. Another program changed what it would put back; it blocks the %4 older steps (allot-cli check lists such steps)</source>
        <translation>l&apos;étape %1 (« %2 ») ne peut pas être annulée : %3. Un autre programme a modifié ce qu&apos;elle rétablirait ; elle bloque les %4 étapes plus anciennes (allot-cli check liste ces étapes)</translation>
    </message>
    <message>
        <source>the undo steps could not be tried: %1</source>
        <translation>les étapes d’annulation n’ont pas pu être essayées : %1</translation>
    </message>
</context>
<context>
    <name>allot::AccountModel</name>
    <message>
        <source>Show the accounts</source>
        <translation>Afficher les comptes</translation>
    </message>
    <message>
        <source>Checking account</source>
        <translation>Compte courant</translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation>Compte d&apos;épargne</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>%1, opened with %2</source>
        <translation>%1, ouvert avec un solde de %2</translation>
    </message>
</context>
<context>
    <name>allot::AccountTransferDialog</name>
    <message>
        <source>Transfer Between Accounts</source>
        <translation>Virement entre comptes</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation>Choisissez deux comptes différents.</translation>
    </message>
    <message>
        <source>Transfer between accounts</source>
        <translation>Virement entre comptes</translation>
    </message>
</context>
<context>
    <name>allot::AmountEdit</name>
    <message>
        <source>write the amount without thousands separators</source>
        <translation>écrivez le montant sans séparateur de milliers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>« %1 » n&apos;est pas un montant</translation>
    </message>
</context>
<context>
    <name>allot::Application</name>
    <message>
        <source>Household budgeting</source>
        <translation>Budget du foyer</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or fr.</source>
        <translation>Langue de la fenêtre, par exemple de ou fr.</translation>
    </message>
    <message>
        <source>The budget to open.</source>
        <translation>Le budget à ouvrir.</translation>
    </message>
    <message>
        <source>Give at most one budget file.</source>
        <translation>Indiquez au plus un fichier de budget.</translation>
    </message>
</context>
<context>
    <name>allot::BudgetSession</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>no budget is open: open one (File, Open Budget) or create one (File, New Budget)</source>
        <translation>aucun budget n’est ouvert : ouvrez-en un (Fichier, Ouvrir un budget) ou créez-en un (Fichier, Nouveau budget)</translation>
    </message>
</context>
<context>
    <name>allot::BudgetTransferDialog</name>
    <message>
        <source>Transfer Budget</source>
        <translation>Transférer le budget</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Choose the two envelopes.</source>
        <translation>Choisissez les deux enveloppes.</translation>
    </message>
    <message>
        <source>Choose two different envelopes.</source>
        <translation>Choisissez deux enveloppes différentes.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>%1 has only %2 available. Tick &quot;Allow overspending&quot; to move more.</source>
        <translation>%1 n&apos;a que %2 de disponible. Cochez « Autoriser le dépassement » pour transférer davantage.</translation>
    </message>
    <message>
        <source>Transfer budget</source>
        <translation>Transférer le budget</translation>
    </message>
</context>
<context>
    <name>allot::DialogSupport</name>
    <message>
        <source>List the categories</source>
        <translation>Lister les catégories</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation>Lister les comptes</translation>
    </message>
    <message>
        <source>Below Zero</source>
        <translation>Sous zéro</translation>
    </message>
    <message>
        <source>This takes %1 below zero.</source>
        <translation>Cela fait passer %1 sous zéro.</translation>
    </message>
    <message>
        <source>It has %1; afterwards it would have %2. Record it anyway?</source>
        <translation>Il contient %1 ; ensuite il aurait %2. L’enregistrer quand même ?</translation>
    </message>
    <message>
        <source>&amp;Record Anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>allot::EntryDialog</name>
    <message>
        <source>Add Income</source>
        <translation>Ajouter un revenu</translation>
    </message>
    <message>
        <source>Add Expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation>Modifier l&apos;opération</translation>
    </message>
    <message>
        <source>Only the date, payee and memo of a split or transfer can be changed.</source>
        <translation>Seuls la date, le bénéficiaire et la note d&apos;une ventilation ou d&apos;un virement peuvent être modifiés.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Modifier l&apos;opération</translation>
    </message>
    <message>
        <source>Add the income</source>
        <translation>Ajouter le revenu</translation>
    </message>
    <message>
        <source>Add the expense</source>
        <translation>Ajouter la dépense</translation>
    </message>
</context>
<context>
    <name>allot::EnvelopeModel</name>
    <message>
        <source>Show the envelopes</source>
        <translation>Afficher les enveloppes</translation>
    </message>
    <message>
        <source>Monthly budget %1, moved %2</source>
        <translation>Budget mensuel %1, virements %2</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>allot::ErrorDialogPresenter</name>
    <message>
        <source>%1 failed</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Another program is using the budget. Try again in a moment.</source>
        <translation>Un autre programme utilise le budget. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and can be written to.</source>
        <translation>Vérifiez que le disque dispose d&apos;espace libre et qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>The file is damaged. Restore it from a backup.</source>
        <translation>Le fichier est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The action was stopped before it finished.</source>
        <translation>L&apos;action a été interrompue avant la fin.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>Rien n&apos;a été modifié. %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Database code</source>
        <translation>Code de la base de données</translation>
    </message>
    <message>
        <source>The budget has been opened again as it is on disk; repeat the action.</source>
        <translation>Le budget a été rouvert tel qu&apos;il est sur le disque ; refaites l&apos;action.</translation>
    </message>
</context>
<context>
    <name>allot::HouseholdDialog</name>
    <message>
        <source>Checking</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Add a person first.</source>
        <translation>Ajoutez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>Categories of %1</source>
        <translation>Catégories de %1</translation>
    </message>
    <message>
        <source>(nothing: refuse if used)</source>
        <translation>(aucune : refuser si elle est utilisée)</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete %1 with all their categories and entries? You can undo it.</source>
        <translation>Supprimer %1 avec toutes ses catégories et opérations ? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Delete the person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <source>Delete the category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message>
        <source>Change the currency</source>
        <translation>Changer la devise</translation>
    </message>
</context>
<context>
    <name>allot::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>import nothing (all or nothing)</source>
        <translation>ne rien importer (tout ou rien)</translation>
    </message>
    <message>
        <source>skip it and import the rest</source>
        <translation>l&apos;ignorer et importer le reste</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Virgule (1.234,56)</translation>
    </message>
    <message>
        <source>as the file shows</source>
        <translation>d&apos;après le fichier</translation>
    </message>
    <message>
        <source>day before month</source>
        <translation>jour avant le mois</translation>
    </message>
    <message>
        <source>month before day</source>
        <translation>mois avant le jour</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(détectée)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Line %1 will be skipped: %2</source>
        <translation>La ligne %1 sera ignorée : %2</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>A new category &quot;%1&quot;</source>
        <translation>Une nouvelle catégorie « %1 »</translation>
    </message>
    <message>
        <source>
… and %1 more</source>
        <translation>
… et %1 de plus</translation>
    </message>
    <message>
        <source>Use the saved mapping</source>
        <translation>Utiliser la correspondance des colonnes enregistrée</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>line %1: %2 (choose to skip such rows to import the others)</source>
        <translation>ligne %1 : %2 (choisissez d&apos;ignorer ces lignes pour importer les autres)</translation>
    </message>
    <message>
        <source>Imported: %1. Already in the account: %2. Skipped: %3.</source>
        <translation>Importées : %1. Déjà dans le compte : %2. Ignorées : %3.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
</context>
<context>
    <name>allot::LongWorkDialog</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>allot::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>%1 — Allot</source>
        <translation>%1 — Allot</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
    <message>
        <source>the file already exists; open it instead</source>
        <translation>le fichier existe déjà ; ouvrez-le plutôt</translation>
    </message>
    <message>
        <source>Show the reports</source>
        <translation>Afficher les rapports</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>No budget open</source>
        <translation>Aucun budget ouvert</translation>
    </message>
    <message>
        <source>%1: budget %2 · spent %3 · available %4</source>
        <translation>%1 : budget %2 · dépensé %3 · disponible %4</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Supprimer l&apos;opération</translation>
    </message>
    <message>
        <source>About Allot</source>
        <translation>À propos d&apos;Allot</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Allot %1&lt;/h3&gt;&lt;p&gt;A household budget in which every action is saved whole or not at all.&lt;/p&gt;&lt;p&gt;Built with Qt %2 on SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Allot %1&lt;/h3&gt;&lt;p&gt;Un budget du foyer dans lequel chaque action est enregistrée entièrement ou pas du tout.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 et SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a bank file</source>
        <translation>Importer un fichier bancaire</translation>
    </message>
    <message>
        <source>add a person first</source>
        <translation>ajoutez d&apos;abord une personne</translation>
    </message>
    <message>
        <source>Export the entries</source>
        <translation>Exporter les opérations</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Exported entries: %1</source>
        <translation>Opérations exportées : %1</translation>
    </message>
    <message>
        <source>Back up the budget</source>
        <translation>Sauvegarder le budget</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>this budget has no backups yet</source>
        <translation>ce budget n&apos;a encore aucune sauvegarde</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the budget with this backup (newest first):</source>
        <translation>Remplacer le budget par cette sauvegarde (la plus récente d&apos;abord) :</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restauré depuis %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>this is the open budget&apos;s own file, not a bank file</source>
        <translation>c&apos;est un fichier du budget ouvert lui-même, pas un fichier bancaire</translation>
    </message>
    <message>
        <source>%1 is the open budget&apos;s own file: exporting there would replace the budget; choose another name</source>
        <translation>%1 est un fichier du budget ouvert lui-même : y exporter remplacerait le budget ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Allot</source>
        <translation>Allot</translation>
    </message>
    <message>
        <source>Delete this expense?</source>
        <translation>Supprimer cette dépense ?</translation>
    </message>
    <message>
        <source>Delete this income?</source>
        <translation>Supprimer ce revenu ?</translation>
    </message>
    <message>
        <source>Delete this split with all its parts?</source>
        <translation>Supprimer cette ventilation avec toutes ses parties ?</translation>
    </message>
    <message>
        <source>Delete this transfer, both its sides?</source>
        <translation>Supprimer ce virement, ses deux côtés ?</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Supprimer l’écriture</translation>
    </message>
    <message>
        <source>%1 · %2 · %3

Undo (%4) brings it back.</source>
        <translation>%1 · %2 · %3

Annuler (%4) la rétablit.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>allot::MergeDialog</name>
    <message>
        <source>Merge Categories</source>
        <translation>Fusionner les catégories</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Fusio&amp;nner</translation>
    </message>
    <message>
        <source>Choose the category to merge and the one to keep.</source>
        <translation>Choisissez la catégorie à fusionner et celle à conserver.</translation>
    </message>
    <message>
        <source>Choose two different categories.</source>
        <translation>Choisissez deux catégories différentes.</translation>
    </message>
    <message>
        <source>Merge the categories</source>
        <translation>Fusionner les catégories</translation>
    </message>
    <message>
        <source>Moves to %1: entries %2, budget moves %3, monthly budget %4. Then %5 is deleted.</source>
        <translation>Seront déplacés vers %1 : opérations %2, virements de budget %3, budget mensuel %4. Puis %5 sera supprimée.</translation>
    </message>
</context>
<context>
    <name>allot::RegisterModel</name>
    <message>
        <source>Show the register</source>
        <translation>Afficher le registre</translation>
    </message>
    <message>
        <source>Show the parts of a split</source>
        <translation>Afficher les parties d&apos;une ventilation</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Virement sortant</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Virement entrant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>allot::ReportsView</name>
    <message>
        <source>No spending in %1</source>
        <translation>Aucune dépense en %1</translation>
    </message>
    <message>
        <source>Spending by category, %1</source>
        <translation>Dépenses par catégorie, %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A slice of the spending donut: category name and its share, e.g. &quot;Food 12.3 %&quot;.</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>No categories to compare in %1</source>
        <translation>Aucune catégorie à comparer en %1</translation>
    </message>
    <message>
        <source>Budget against actual, %1</source>
        <translation>Budget et dépenses réelles, %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>No income or spending</source>
        <translation>Aucun revenu ni aucune dépense</translation>
    </message>
    <message>
        <source>No income or spending from %1 to %2</source>
        <translation>Aucun revenu ni aucune dépense de %1 à %2</translation>
    </message>
    <message>
        <source>Income and spending, %1 to %2</source>
        <translation>Revenus et dépenses, de %1 à %2</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <extracomment>Pointing at a slice of the spending donut: &quot;Food: 130.00 € (12.3 %)&quot;.</extracomment>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>allot::SplitDialog</name>
    <message>
        <source>Split Entry</source>
        <translation>Ventiler l&apos;opération</translation>
    </message>
    <message>
        <source>Split Expense</source>
        <translation>Ventiler une dépense</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category of part %1</source>
        <translation>Catégorie de la partie %1</translation>
    </message>
    <message>
        <source>Amount of part %1</source>
        <translation>Montant de la partie %1</translation>
    </message>
    <message>
        <source>Part %1: %2</source>
        <translation>Partie %1 : %2</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation>Reste : %1</translation>
    </message>
    <message>
        <source>The total is not an amount above zero.</source>
        <translation>Le total n&apos;est pas un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>A split needs two or more parts.</source>
        <translation>Une ventilation nécessite au moins deux parties.</translation>
    </message>
    <message>
        <source>%1 is still to be placed in a category.</source>
        <translation>%1 reste à répartir dans une catégorie.</translation>
    </message>
    <message>
        <source>The parts are %1 more than the total.</source>
        <translation>Les parties dépassent le total de %1.</translation>
    </message>
    <message>
        <source>Split the entry</source>
        <translation>Ventiler l&apos;opération</translation>
    </message>
    <message>
        <source>Save the split</source>
        <translation>Enregistrer la ventilation</translation>
    </message>
</context>
<context>
    <name>allot::UndoStackMirror</name>
    <message>
        <source>Read the undo history</source>
        <translation>Lire l&apos;historique</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>allot::WelcomePage</name>
    <message>
        <source>No budget is open</source>
        <translation>Aucun budget n’est ouvert</translation>
    </message>
    <message>
        <source>A budget is one file that keeps a household&apos;s people, accounts, envelopes and entries. Create a new one, or open one you keep already.</source>
        <translation>Un budget est un fichier qui garde les personnes, les comptes, les enveloppes et les écritures d’un foyer. Créez-en un nouveau, ou ouvrez celui que vous tenez déjà.</translation>
    </message>
    <message>
        <source>&amp;Recent budgets:</source>
        <translation>Budgets &amp;récents :</translation>
    </message>
    <message>
        <source>Recent budgets</source>
        <translation>Budgets récents</translation>
    </message>
</context>
<context>
    <name>allot::backups</name>
    <message>
        <source>the backup %1 cannot be created: %2</source>
        <translation>la sauvegarde %1 ne peut pas être créée : %2</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be created</source>
        <translation>le dossier de sauvegarde %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>Could not back up %1</source>
        <translation>Impossible de sauvegarder %1</translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation>Impossible de restaurer %1</translation>
    </message>
    <message>
        <source>the backup does not exist</source>
        <translation>la sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <source>the backup could not be copied next to the budget</source>
        <translation>la sauvegarde n&apos;a pas pu être copiée à côté du budget</translation>
    </message>
    <message>
        <source>the backup is damaged</source>
        <translation>la sauvegarde est endommagée</translation>
    </message>
    <message>
        <source>the budget file could not be replaced</source>
        <translation>le fichier du budget n&apos;a pas pu être remplacé</translation>
    </message>
    <message>
        <source>the budget %1 is a link to a file that does not exist</source>
        <translation>le budget %1 est un lien vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the backup is the budget itself</source>
        <translation>la sauvegarde est le budget lui-même</translation>
    </message>
</context>
<context>
    <name>allot::belowzero</name>
    <message>
        <source>the checking account %1</source>
        <translation>le compte courant %1</translation>
    </message>
    <message>
        <source>the savings account %1</source>
        <translation>le compte d’épargne %1</translation>
    </message>
    <message>
        <source>the cash account %1</source>
        <translation>le compte espèces %1</translation>
    </message>
    <message>
        <source>the credit card %1</source>
        <translation>la carte de crédit %1</translation>
    </message>
    <message>
        <source>%1 has only %2; this would take it below zero, to %3</source>
        <translation>%1 n’a que %2 ; cela le ferait passer sous zéro, à %3</translation>
    </message>
</context>
<context>
    <name>allot::filedialogs</name>
    <message>
        <source>Allot budgets (*.allot)</source>
        <translation>Budgets Allot (*.allot)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Budget</source>
        <translation>Ouvrir un budget</translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation>Nouveau budget</translation>
    </message>
    <message>
        <source>Import Bank File</source>
        <translation>Importer un fichier bancaire</translation>
    </message>
    <message>
        <source>Bank files (*.csv *.qif *.ofx *.qfx *.txt)</source>
        <translation>Fichiers bancaires (*.csv *.qif *.ofx *.qfx *.txt)</translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation>Exporter les opérations</translation>
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
        <translation>Budget Allot</translation>
    </message>
</context>
<context>
    <name>allot::imports</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the date is not a valid day</source>
        <translation>la date n&apos;est pas un jour valide</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>le montant est nul</translation>
    </message>
    <message>
        <source>the amount is larger than %1</source>
        <translation>le montant dépasse %1</translation>
    </message>
    <message>
        <source>its split parts add up to %1, not to %2</source>
        <translation>la somme des parties de sa ventilation est de %1 et non de %2</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>Impossible d&apos;importer le fichier</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>Importer %1 opérations</translation>
    </message>
    <message>
        <source>Transfers to [%1] were imported as Uncategorised: there is no account called %1</source>
        <translation>Les virements vers [%1] ont été importés Sans catégorie : il n&apos;existe aucun compte nommé %1</translation>
    </message>
</context>
<context>
    <name>allot::imports::CategoryResolver</name>
    <message>
        <source>The category &quot;%1&quot; is %2 characters long; it was filed under its first %3.</source>
        <translation>La catégorie « %1 » compte %2 caractères ; elle a été classée sous ses %3 premiers.</translation>
    </message>
</context>
<context>
    <name>allot::sqlitefiles</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is empty: it is not an Allot database</source>
        <translation>est vide : ce n&apos;est pas une base de données Allot</translation>
    </message>
    <message>
        <source>is not an Allot database: it is not an SQLite database file</source>
        <translation>n&apos;est pas une base de données Allot : ce n&apos;est pas un fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>is beside a rollback journal (%1) that does not belong to it: move that file away, then open the budget again</source>
        <translation>se trouve à côté d&apos;un journal d&apos;annulation (%1) qui ne lui appartient pas : déplacez ce fichier ailleurs, puis rouvrez le budget</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of %3)</source>
        <translation>%1 est endommagé : il est tronqué (%2 octets sur %3)</translation>
    </message>
    <message>
        <source>cannot be read: SQLite did not open it</source>
        <translation>ne peut pas être lu : SQLite ne l&apos;a pas ouvert</translation>
    </message>
    <message>
        <source>the budget&apos;s files were changed by another program while it was open (%1 was deleted or replaced); nothing was written</source>
        <translation>les fichiers du budget ont été modifiés par un autre programme pendant qu&apos;il était ouvert (%1 a été supprimé ou remplacé) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot be read: its write-ahead log %1 could not be read (%2)</source>
        <translation>ne peut pas être lu : son journal WAL (write-ahead log) %1 n&apos;a pas pu être lu (%2)</translation>
    </message>
    <message>
        <source>was not opened: its write-ahead log %1 does not begin with a WAL header, so SQLite would silently ignore the %2 bytes of saved work it may hold. Nothing was changed. First keep a copy of both files. Then either move %1 away and open the budget again, which loses what it held, or restore a backup with &quot;allot-cli restore&quot;.</source>
        <translation>n&apos;a pas été ouvert : son journal WAL %1 ne commence pas par un en-tête WAL, si bien que SQLite ignorerait sans rien dire les %2 octets qu&apos;il contient, où du travail enregistré peut se trouver. Rien n&apos;a été modifié. Gardez d&apos;abord une copie des deux fichiers. Ensuite, soit déplacez %1 ailleurs et rouvrez le budget, ce qui perd ce qu&apos;il contenait, soit restaurez une sauvegarde avec « allot-cli restore ».</translation>
    </message>
    <message>
        <source>was not opened: its write-ahead log %1 is damaged at frame %2 (byte %3). SQLite would keep only what was saved before it and silently drop the %4 frames written after it: at least %5 saved transactions would be lost. Nothing was changed. First keep a copy of both files. Then either cut %1 down to its first %3 bytes and open the budget again, which keeps what was saved before the damage and loses the rest, or restore a backup with &quot;allot-cli restore&quot;.</source>
        <translation>n&apos;a pas été ouvert : son journal WAL %1 est endommagé à la trame %2 (octet %3). SQLite ne garderait que ce qui a été enregistré avant elle et abandonnerait sans rien dire les %4 trames écrites après : au moins %5 transactions enregistrées seraient perdues. Rien n&apos;a été modifié. Gardez d&apos;abord une copie des deux fichiers. Ensuite, soit réduisez %1 à ses %3 premiers octets et rouvrez le budget, ce qui garde ce qui a été enregistré avant le dommage et perd le reste, soit restaurez une sauvegarde avec « allot-cli restore ».</translation>
    </message>
    <message>
        <source>your disk quota for %1 is used up: Allot needs room there even to read the budget. Free some of your space there and try again; nothing was changed</source>
        <translation>votre quota disque pour %1 est épuisé : Allot a besoin de place à cet endroit, même pour lire le budget. Libérez une partie de votre espace et réessayez ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the disk holding %1 is full (%2 free): Allot needs room there even to read the budget. Free some space on that disk and try again; nothing was changed</source>
        <translation>le disque contenant %1 est plein (%2 libres) : Allot a besoin de place à cet endroit, même pour lire le budget. Libérez de l&apos;espace sur ce disque et réessayez ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>allot::sqlitefiles::ExclusiveHold</name>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 is open in another program (Allot&apos;s window or allot-cli): close it there first</source>
        <translation>%1 est ouvert dans un autre programme (la fenêtre d&apos;Allot ou allot-cli) : fermez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1 cannot be locked</source>
        <translation>%1 ne peut pas être verrouillé</translation>
    </message>
</context>
<context>
    <name>allot::sqliteschema</name>
    <message>
        <source>Allot could not build its own schema to compare with</source>
        <translation>Allot n&apos;a pas pu construire son propre schéma pour la comparaison</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; was not made by Allot: it can change the budget&apos;s data without Allot knowing</source>
        <translation>le déclencheur « %1 » n&apos;a pas été créé par Allot : il peut modifier les données du budget à l&apos;insu d&apos;Allot</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; was not made by Allot</source>
        <translation>la table « %1 » n&apos;a pas été créée par Allot</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; was not made by Allot</source>
        <translation>la vue « %1 » n&apos;a pas été créée par Allot</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; was not made by Allot</source>
        <translation>l&apos;index « %1 » n&apos;a pas été créé par Allot</translation>
    </message>
    <message>
        <source>Allot&apos;s &quot;%1&quot; is missing</source>
        <translation>« %1 » d&apos;Allot est absent</translation>
    </message>
</context>
</TS>
