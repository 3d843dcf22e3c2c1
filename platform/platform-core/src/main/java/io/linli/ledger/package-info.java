/**
 * The communication ledger (沟通台账): what staff discussed with a household by phone, at the door or in a meeting,
 * and what they promised to follow up — kept next to the household's tickets and exported to Excel.
 */
package io.linli.ledger;
