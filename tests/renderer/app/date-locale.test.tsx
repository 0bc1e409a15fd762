// @vitest-environment happy-dom
// One date style: the system's by default (navigator.language), or the one chosen in Settings, for
// every printed date and every date field.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATE_LOCALES } from '../../../shared/domain';
import { dateLocale, formatDate, numericPattern, setDateLocale } from '../../../renderer/src/ui/date-locale';
import { NavigationProvider } from '../../../renderer/src/app/navigation';
import { DateField, parseLocalDate } from '../../../renderer/src/ui/DateField';
import { dayLabel } from '../../../renderer/src/ui/rows';
import { SettingsScreen } from '../../../renderer/src/settings/SettingsScreen';
import { fakeHearth } from './fake-hearth';

function systemLanguage(tag: string) {
  Object.defineProperty(navigator, 'language', { value: tag, configurable: true });
}

afterEach(() => {
  cleanup();
  setDateLocale('system');
  systemLanguage('en-GB');
});

describe('the date locale', () => {
  it('follows the system by default', () => {
    expect(dateLocale()).toBe('en-GB');
    expect(formatDate('2026-12-02', 'date')).toBe('2 Dec 2026');
    systemLanguage('en-US');
    expect(dateLocale()).toBe('en-US');
    expect(formatDate('2026-12-02', 'date')).toBe('Dec 2, 2026');
    expect(numericPattern()).toEqual({ order: ['month', 'day', 'year'], separator: '/', hint: 'mm/dd/yyyy' });
  });

  it('follows the locale chosen in Settings instead of the system', () => {
    systemLanguage('en-US');
    setDateLocale('de-DE');
    expect(formatDate('2026-12-02', 'numeric')).toBe('02.12.2026');
    expect(numericPattern().hint).toBe('dd.mm.yyyy');
    expect(dayLabel('2026-12-02', new Date(2020, 0, 1))).toBe('Mittwoch, 2. Dezember 2026');
  });

  it('shows a recorded time as written, whatever its offset', () => {
    expect(formatDate('2026-03-05T23:30:00-08:00', 'dateTime')).toBe('5 Mar 2026, 23:30');
    expect(formatDate('2026-03-05T00:15:00+14:00', 'date')).toBe('5 Mar 2026');
  });
});

describe('reading a typed date', () => {
  it('reads day, month and year in the locale’s order, and refuses what is not a real date', () => {
    expect(parseLocalDate('2/12/2026', ['day', 'month', 'year'])).toBe('2026-12-02');
    expect(parseLocalDate('12/2/2026', ['month', 'day', 'year'])).toBe('2026-12-02');
    expect(parseLocalDate('2026-12-02', ['year', 'month', 'day'])).toBe('2026-12-02');
    expect(parseLocalDate('31/02/2026', ['day', 'month', 'year'])).toBeNull();
    expect(parseLocalDate('2/12', ['day', 'month', 'year'])).toBeNull();
    expect(parseLocalDate('2/12/26', ['day', 'month', 'year'])).toBeNull();
  });

  it('reads back every date as each offered locale writes it in figures', () => {
    const locales = DATE_LOCALES.filter((l) => l !== 'system');
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (locale, d) => {
        setDateLocale(locale);
        const iso = d.toISOString().slice(0, 10);
        expect(parseLocalDate(formatDate(iso, 'numeric'), numericPattern().order)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the date field', () => {
  it('shows its value and its form in the chosen style, and hands back the date typed', async () => {
    const onChange = vi.fn();
    setDateLocale('en-US');
    const user = userEvent.setup();
    function Form() {
      const [value, setValue] = useState('2026-12-02');
      return (
        <>
          <label htmlFor="d">From</label>
          <DateField
            id="d"
            value={value}
            onChange={(v) => {
              onChange(v);
              setValue(v);
            }}
          />
        </>
      );
    }
    render(<Form />);
    const box = screen.getByLabelText('From') as HTMLInputElement;
    expect(box.value).toBe('12/02/2026');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe('mm/dd/yyyy');

    await user.clear(box);
    expect(onChange).toHaveBeenLastCalledWith('');
    await user.type(box, '1/31/2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-31');
  });

  it('says so when the text is not a date', () => {
    render(
      <>
        <label htmlFor="d">To</label>
        <DateField id="d" value="" onChange={vi.fn()} />
      </>,
    );
    const box = screen.getByLabelText('To');
    fireEvent.change(box, { target: { value: '31/02/2026' } });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe('Not a date: write it as dd/mm/yyyy');
  });
});

describe('the Date format setting', () => {
  it('is the system’s until changed, then saved and followed at once', async () => {
    const { hearth } = fakeHearth({ unlocked: true });
    const user = userEvent.setup();
    render(
      <NavigationProvider confirm={() => true}>
        <SettingsScreen />
      </NavigationProvider>,
    );
    const select = (await screen.findByLabelText('Date format')) as HTMLSelectElement;
    expect(select.value).toBe('system');
    expect(select.selectedOptions[0]?.textContent).toMatch(/^Same as the system \(British English: \d{1,2} \w+ \d{4}, \d\d\/\d\d\/\d{4}\)$/);

    await user.selectOptions(select, 'en-US');
    await waitFor(() => expect(hearth.updateSettings).toHaveBeenLastCalledWith({ dateLocale: 'en-US' }));
    expect(dateLocale()).toBe('en-US');
    expect(formatDate('2026-12-02', 'date')).toBe('Dec 2, 2026');
  });
});
