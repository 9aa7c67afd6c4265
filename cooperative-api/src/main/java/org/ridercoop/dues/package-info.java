/**
 * Dues (회비): the cooperative's plans, the monthly billing (one charge per member and month, wherever and however
 * often it runs), payments, balances and arrears. Apart from share capital, which they never touch (§22④).
 */
package org.ridercoop.dues;
