/**
 * Dues (회비) in the web app: a rider's own account (balance or credit, the months unpaid and how old they are,
 * every charge and payment), and for the board the cooperative's collection month by month, the arrears list and
 * its spreadsheet, the plans, the monthly billing, payments recorded by hand or from the bank's statement, and the
 * reminder e-mails. The API keeps the books; the web app shows them and sends what people type.
 */
package org.ridercoop.web.dues;
