package org.camsurvey.read;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's attribute values by field name, in the fields' order, unmodifiable: two arrays, the
 * names shared by a layer's records where its reader can share them. A hash map per record was a
 * third of what a district's zones held while they were assembled, all of it copied by every
 * collection they lived through.
 */
final class Attributes extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  private Attributes(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Values over names that a layer's records share: the names must be distinct (and are best
   * interned), and neither array is changed afterwards.
   */
  static Attributes over(String[] names, Object[] values) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(names.length + " names for " + values.length + " values");
    }
    return new Attributes(names, values);
  }

  /** An unmodifiable copy of a map, in its order; itself when it is one already. */
  static Map<String, Object> copyOf(Map<String, Object> attributes) {
    if (attributes instanceof Attributes own) {
      return own;
    }
    String[] names = new String[attributes.size()];
    Object[] values = new Object[names.length];
    int i = 0;
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      names[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new Attributes(names, values);
  }

  @Override
  public Object get(Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return names.length;
      }
    };
  }

  /**
   * Where a name is: first by identity, which finds the field names written in the code when a
   * reader interned its names, then by value.
   */
  private int indexOf(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
