/** The public API's conventions: one rule for Optional vs throwing, one spelling per operator, BaoException everywhere. */
package dev.dynamobao.tck.api;
