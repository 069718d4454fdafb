package org.jrag.personaldata;

/** The Luhn (mod 10) check digit test that every payment card number passes (ISO/IEC 7812-1, annex B). */
final class Luhn {

    private Luhn() {}

    /** True when {@code digits} (ASCII digits only, at least two) passes the Luhn check. */
    static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        // from the check digit leftwards, every second digit is doubled and its digit sum added
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
