/**
 * 批量导入: regions, projects, buildings, households and their residents from one Excel sheet, checked row by row,
 * written in chunks in the background, matched by natural keys so that importing a file again duplicates nothing.
 */
package io.linli.onboarding;
