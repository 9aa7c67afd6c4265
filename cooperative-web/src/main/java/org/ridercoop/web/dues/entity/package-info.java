/**
 * Dues as the API describes them (plans, accounts with their aging, arrears, collection, billing runs, a bank
 * statement's import report, reminder settings and the reminders sent) and the bodies the dues calls send.
 */
package org.ridercoop.web.dues.entity;
