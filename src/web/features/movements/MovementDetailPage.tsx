export default function MovementDetailPage() {
  return null;
}
