// ESLint flat config: typescript-eslint, the Office add-in sync/load rules, and the React hooks rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '.bench/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: 'readonly', Excel: 'readonly' } },
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      // Round-trip bugs that only show in real Excel: keep every one of these an error.
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // These layers use exceljs, not Office.js: its cells have plain properties (cell.value, cell.numFmt) that the
    // Office rules would misread as proxy reads needing load()/sync(). Office.js code never lives here.
    files: ['src/xlsx/**/*.{ts,tsx}', 'src/cli/**/*.{ts,tsx}', 'test/xlsx/**/*.{ts,tsx}', 'test/cli/**/*.{ts,tsx}'],
    rules: {
      'office-addins/call-sync-after-load': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
      'office-addins/no-context-sync-in-loop': 'off',
      'office-addins/no-empty-load': 'off',
      'office-addins/no-navigational-load': 'off',
      'office-addins/test-for-null-using-isNullObject': 'off',
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
