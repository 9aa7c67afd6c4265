/** CSV for spreadsheets: what the cooperatives' boards open in Excel, and what their banks export. */
package org.ridercoop.platform.csv;
