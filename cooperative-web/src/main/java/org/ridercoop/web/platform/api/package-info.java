/**
 * Talking to cooperative-api, for every feature: what a call gave ({@link org.ridercoop.web.platform.api.Answer}),
 * the API's problem+json documents and how a page shows them.
 */
package org.ridercoop.web.platform.api;
