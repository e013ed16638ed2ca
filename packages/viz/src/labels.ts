import type { Bilingual } from '@ansinh/core';

/** Every word the charts print, in Vietnamese and English. */
export const chartLabels = {
  rate: { vi: 'Tỷ lệ (%)', en: 'Rate (%)' },
  axisFrom: { vi: 'trục bắt đầu từ', en: 'axis starting at' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  month: { vi: 'Tháng', en: 'Month' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  projection: { vi: 'Dự báo (mô hình)', en: 'Projection (model)' },
  status: { vi: 'Tình trạng', en: 'Status' },
  met: { vi: 'Đạt chỉ tiêu', en: 'Target met' },
  below: { vi: 'Chưa đạt', en: 'Below target' },
  covered: { vi: 'Số người đạt', en: 'Covered' },
  of: { vi: 'Trên tổng số', en: 'Of' },
  stillNeeded: { vi: 'Còn thiếu', en: 'Still needed' },
  people: { vi: 'Số người', en: 'People' },
  stage: { vi: 'Bước', en: 'Stage' },
  beneficiaries: { vi: 'Người hưởng trợ cấp hàng tháng', en: 'Monthly beneficiaries' },
  accountHolders: { vi: 'Đã có tài khoản', en: 'With an account' },
  paidThroughAccount: { vi: 'Chi trả qua tài khoản', en: 'Paid through an account' },
  published: { vi: 'Công bố', en: 'Published' },
  recomputed: { vi: 'Tính lại', en: 'Recomputed' },
  figure: { vi: 'Số liệu', en: 'Figure' },
  verdict: { vi: 'Kết luận', en: 'Verdict' },
} as const satisfies Record<string, Bilingual>;
