package dev.dynamobao.test.fault;

/** Finds top-level values in a JSON request body without a JSON library (strings are respected). */
final class JsonScan {

    private JsonScan() {
    }

    /** The raw text of the value of top-level member {@code name} of the object {@code json}, or null. */
    static String value(String json, String name) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.startsWith("\"" + name + "\"", i)) {
                    int colon = json.indexOf(':', end + 1);
                    int start = colon + 1;
                    while (start < json.length() && Character.isWhitespace(json.charAt(start))) {
                        start++;
                    }
                    return json.substring(start, endOfValue(json, start));
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return null;
    }

    /** The number of elements of the JSON array {@code array} (0 when null or empty). */
    static int countElements(String array) {
        if (array == null || !array.startsWith("[")) {
            return 0;
        }
        int depth = 0;
        int count = 0;
        boolean any = false;
        for (int i = 0; i < array.length(); i++) {
            char c = array.charAt(i);
            if (c == '"') {
                i = endOfString(array, i);
                any = true;
            } else if (c == '{' || c == '[') {
                depth++;
                if (depth > 1) {
                    any = true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 1) {
                count++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? count + 1 : 0;
    }

    private static int endOfString(String json, int open) {
        for (int i = open + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return json.length() - 1;
    }

    private static int endOfValue(String json, int start) {
        char first = json.charAt(start);
        if (first == '"') {
            return endOfString(json, start) + 1;
        }
        if (first != '{' && first != '[') {
            int i = start;
            while (i < json.length() && ",}]".indexOf(json.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
        int depth = 0;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                i = endOfString(json, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return json.length();
    }
}
