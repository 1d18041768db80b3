/** Staff accounts, roles and their permissions, facility scope, signing in and out. */
package org.bagyt.accounts;
