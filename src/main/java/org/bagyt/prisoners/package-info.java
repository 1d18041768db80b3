/** The prisoner file: identity with Cyrillic and Latin spellings, legal status, offences and sentence. */
package org.bagyt.prisoners;
